// papers:generate wrote the site under target/site, with links under the base URL's path.
def site = new File(basedir, 'target/site')

def read = { String path -> new File(site, path).getText('UTF-8') }
['index.html', 'days/2026-02-03/index.html', 'papers/2602.00919/index.html', 'papers/2602.02276/index.html',
 'authors/index.html', 'authors/kimi-team/index.html', 'topics/agents/index.html',
 'orgs/sberroboticscenter/index.html', 'archive/2026/02/index.html', 'about/index.html', '404.html',
 '.nojekyll', 'assets/style.css', 'feed.xml', 'feed.json', 'topics/agents/feed.xml', 'sitemap.xml', 'robots.txt',
 'CNAME'].each { path ->
    assert new File(site, path).isFile() : "missing ${path}"
}

def day = read('days/2026-02-03/index.html')
assert day.indexOf('Kimi K2.5') < day.indexOf('Green-VLA') : 'papers are not sorted by upvotes'
assert day.contains('href="/digest/papers/2602.02276/"')
assert read('papers/2602.02276/index.html').contains('<strong>in parallel</strong>')
assert read('papers/2602.02276/index.html').contains('<link rel="canonical" href="https://example.org/digest/papers/2602.02276/">')
assert read('feed.xml').contains('<link rel="self" type="application/atom+xml" href="https://example.org/digest/feed.xml"/>')
assert read('sitemap.xml').contains('<loc>https://example.org/digest/papers/2602.02276/</loc>')
assert read('CNAME') == 'example.org\n'

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /Built \d+ pages, \d+ files/
return true
