// papers:validate checks everything, logs the warning at its place, passes, and writes nothing.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[WARNING] notes/fine.md:3:1: warning: unknown front matter key `rating` is ignored')
assert log =~ /Valid: 1 papers and \d+ pages checked/
assert log.contains('BUILD SUCCESS')
assert !new File(basedir, 'target').exists()
return true
