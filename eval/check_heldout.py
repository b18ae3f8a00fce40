# Sanity check for a held-out set (eval/heldout, eval/heldout2): JSON fields, file name, and every quote,
# next-step text and person occurs in its article after GOLD.md normalisation.
# Usage: python3 eval/check_heldout.py eval/heldout2   (default: eval/heldout2)
import json,re,sys,glob,os,unicodedata
HERE=os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)),'heldout2')
def norm(s):
    s=re.sub(r'[\u064B-\u0652\u0670\u0640]','',s)
    s=re.sub('[أإآ]','ا',s).replace('ى','ي').replace('ة','ه')
    s=''.join(ch if not unicodedata.category(ch).startswith(('P','S')) else ' ' for ch in s)
    return ' '.join(s.lower().split())
bad=0
def found(x,nb):
    x=norm(x)
    return re.search(r'(?:^| )(?:[وفبلك]|ال|لل|وال|بال)?'+re.escape(x)+' ',nb) is not None
for lang in ['ar','en']:
  for g in sorted(glob.glob(os.path.join(HERE,lang,'gold','*.json'))):
    d=json.load(open(g,encoding='utf-8'))
    name=os.path.basename(g)[:-5]
    art=os.path.join(HERE,lang,'articles',name+'.md')
    assert d['file']==name+'.md', g
    body=open(art,encoding='utf-8').read().split('---',2)[2]
    nb=' '+norm(body)+' '
    for s in d['statements']:
        assert set(s)=={'speaker','aliases','quote','kind'} and s['kind'] in('direct','indirect')
        if ' '+norm(s['quote'])+' ' not in nb: print('QUOTE MISSING',name,s['quote'][:80]); bad+=1
        if s['kind']=='direct' and len(norm(s['quote']).split())<3: print('SHORT DIRECT',name,s['quote'])
        for sp in [s['speaker']]+s['aliases']:
            if not found(sp,nb): print('SPEAKER FORM NOT IN TEXT',name,sp)
    for n in d['next_steps']:
        assert set(n)=={'text','actor'}
        if ' '+norm(n['text'])+' ' not in nb: print('STEP MISSING',name,n['text'][:80]); bad+=1
    for p in d['persons']:
        if not found(p,nb): print('PERSON NOT IN TEXT',name,p); bad+=1
    print(name, 'S=%d (d=%d,i=%d) N=%d P=%d'%(len(d['statements']),sum(s['kind']=='direct' for s in d['statements']),sum(s['kind']=='indirect' for s in d['statements']),len(d['next_steps']),len(d['persons'])))
print('problems',bad)
sys.exit(1 if bad else 0)
