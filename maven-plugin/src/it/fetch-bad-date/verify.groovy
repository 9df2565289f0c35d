// A usage error is a MojoExecutionException naming the value and what was expected; nothing is written.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Cannot fetch: `2026-02-30` is not a date (expected YYYY-MM-DD, FIRST..LAST')
assert !new File(basedir, 'papers').exists()
return true
