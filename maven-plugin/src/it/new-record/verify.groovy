// papers:new wrote a draft record named by its day and title (the slug keeps the Greek letter), which the digest
// leaves out.
def record = new File(basedir, 'papers/2026-02-04-\u03c8-net.json')
assert record.isFile()
assert record.getText('UTF-8') == '''{
  "draft": true,
  "id": "",
  "title": "\u03a8-Net: \\"Quoted\\" bounds on $\\\\alpha$",
  "authors": [],
  "summary": "",
  "day": "2026-02-04"
}
'''

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('remove "draft": true to publish it')
assert log =~ /Valid: 2 papers/
return true
