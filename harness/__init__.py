"""What tests/ and benchmarks/ both drive the bot with: a fake Discord on 127.0.0.1 (fake_discord.py) and the bot
started against it (bot.py). Not shipped: the package holds no code the bot runs."""
