// A stand-in for the Hugging Face API on a free port of 127.0.0.1, in the JVM that runs the integration tests: it
// answers with api-2026-02-03.json and writes what it was asked, and by whom, into requests.txt for verify.groovy,
// which stops it (the context map is shared by the two scripts).
import com.sun.net.httpserver.HttpServer

def day = new File(basedir, 'api-2026-02-03.json').bytes
def api = HttpServer.create(new InetSocketAddress(InetAddress.loopbackAddress, 0), 0)
api.createContext('/api/daily_papers') { exchange ->
    new File(basedir, 'requests.txt') << "${exchange.requestURI} ${exchange.requestHeaders.getFirst('User-Agent')}\n"
    exchange.responseHeaders.set('Content-Type', 'application/json')
    exchange.sendResponseHeaders(200, day.length)
    exchange.responseBody.withStream { it.write(day) }
}
api.start()
context.put('api', api)
// Passed to the build as -Dpapers.apiUrl=...
context.get('userProperties').setProperty('papers.apiUrl', "http://127.0.0.1:${api.address.port}/api".toString())
