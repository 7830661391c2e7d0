export const id = 851;
export const ids = [851];
export const modules = {

/***/ 6851:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   listenFirst: () => (/* binding */ listenFirst)
/* harmony export */ });
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);

/** Listens on `host:port` (0: a free port) and resolves once bound. Loads nothing else. */
async function listenFirst(port, host) {
    let handler;
    let waiting = [];
    const server = (0,node_http__WEBPACK_IMPORTED_MODULE_0__.createServer)({ keepAlive: true }, (req, res) => {
        if (handler)
            handler(req, res);
        else
            waiting.push([req, res]);
    });
    server.keepAliveTimeout = 65_000;
    server.headersTimeout = 70_000;
    server.on('clientError', (_error, socket) => {
        if (socket.writable)
            socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
        else
            socket.destroy();
    });
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
            server.off('error', reject);
            resolve();
        });
    });
    const bound = server.address().port;
    const urlHost = host.includes(':') ? `[${host}]` : host;
    const close = () => new Promise((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
        // A request still in flight (a long poll) gets two seconds, then its socket is closed.
        setTimeout(() => server.closeAllConnections(), 2000).unref();
    });
    const take = (next) => {
        handler = next;
        const early = waiting;
        waiting = [];
        for (const [req, res] of early)
            next(req, res);
    };
    return {
        server,
        url: `http://${urlHost}:${bound}`,
        port: bound,
        host,
        attach: take,
        abandon(reason) {
            take((_req, res) => {
                res.writeHead(503, { 'content-type': 'text/plain', connection: 'close' });
                res.end(`the emulator could not start: ${reason}\n`);
            });
            return close();
        },
        close,
    };
}


/***/ })

};
