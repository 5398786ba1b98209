# level-3 non-narcotics pool names (from sdn.csv only) that could take a Chinese rendering
from lib import Data, load_prior, narcotic
d = Data(); keys, fulls, uses, n = load_prior(d)
for e in sorted(d.sdn):
    if d.in_pool(e) and uses[e] == 3 and not narcotic(d.sdn[e]['prog']):
        nm = d.sdn[e]['name']
        if any(w in nm for w in ('HONG KONG', 'CHINA', 'SHANGHAI', 'DALIAN', 'SHENZHEN', 'BEIJING', 'TIANJIN', 'KOREA')):
            print(e, nm, '|', d.sdn[e]['prog'])
