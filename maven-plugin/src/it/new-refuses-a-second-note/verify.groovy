// A paper that has a note, under any name, gets no second one: the goal fails naming the note.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Nothing written: paper 2602.02276 already has a note, notes/reviews/kimi.md')
assert new File(basedir, 'notes').list() as List == ['reviews']
return true
