// Bad content fails the build with every problem located, and writes no site.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[ERROR] papers/2026-02-03.json:3:14: `paper.id` "../escape" is not an arXiv id and could name a path outside the site')
assert log.contains('The digest has errors; the previous site was left as it was.')
assert !new File(basedir, 'target/site').exists()
return true
