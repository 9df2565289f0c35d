// papers:new wrote notes/<id>-<slug>.md with the paper and the editor, and the digest validates with it.
def note = new File(basedir, 'notes/2602.02276-kimi-k2-5.md')
assert note.isFile()
def text = note.getText('UTF-8')
assert text.startsWith('---\npaper: 2602.02276\ntopics: []')
assert text.contains('editor: "Ada: \\"the\\" Lovelace"\n')
assert text.contains('Your note on "Kimi K2.5: Visual Agentic Intelligence"')

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('notes/2602.02276-kimi-k2-5.md. Write the note on')
assert log =~ /Valid: 2 papers/
return true
