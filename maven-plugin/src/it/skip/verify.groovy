// papers.skip leaves no site behind.
assert !new File(basedir, 'target/site').exists()
assert new File(basedir, 'build.log').getText('UTF-8').contains('Skipping the paper digest')
return true
