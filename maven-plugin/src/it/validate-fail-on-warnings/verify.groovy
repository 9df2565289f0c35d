// With papers.failOnWarnings, the warning is an error and papers:validate fails.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[ERROR] notes/fine.md:3:1: unknown front matter key `rating` is ignored')
assert log.contains('The digest has errors (warnings count as errors: papers.failOnWarnings); nothing was written.')
assert !new File(basedir, 'target').exists()
return true
