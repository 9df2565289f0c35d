// papers:fetch wrote the day, and its User-Agent named the version in the manifest of the generator jar on the
// plugin's class path, where a generator run from classes says "development".
context.get('api').stop(0)

def requests = new File(basedir, 'requests.txt').readLines('UTF-8')
assert requests == ['/api/daily_papers?date=2026-02-03&limit=100 '
        + "paper-digest/${projectVersion} (+https://github.com/paperdigest/paper-digest)"]

assert new File(basedir, 'papers/2026-02-03.json').getText('UTF-8').contains('2602.02276')
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Fetched 1 day: 1 written, 0 unchanged, 0 without papers')
return true
