// A day file that cannot be merged into fails the goal (MojoFailureException), named where it is wrong, untouched.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[ERROR] 2026-02-03: failed: papers/2026-02-03.json:2:34: a comma after the last item')
assert log.contains('Fetch failed: 1 day: 0 written, 0 unchanged, 0 without papers, 1 failed; fix the files named above')
assert new File(basedir, 'papers/2026-02-03.json').getText('UTF-8') == '[\n  {"paper": {"id": "2602.00001"}},\n]\n'
return true
