/**
 * The Python runtime bootstrap: loads the handler like AWS's awslambdaric and serves invocations.
 * Embedded as a string so the ncc bundle in dist/ carries it without extra files; it is written to
 * a temp directory when a worker pool starts (see bootstrap-files.ts). Keep it free of backticks
 * and dollar-brace sequences: it lives inside a String.raw template literal.
 */
export const PYTHON_BOOTSTRAP_SOURCE = String.raw`# iam-mutate's Lambda runtime bootstrap for Python, embedded in python-bootstrap.ts and written to
# a temp dir at run time. It mirrors AWS's awslambdaric (handler loading, context, error shapes,
# log format) but talks to the emulator over fd 3 (frames in) and fd 4 (frames out): each frame
# is a 4-byte big-endian length and UTF-8 JSON. stdout/stderr stay the function's log.
import decimal
import importlib
import json
import logging
import os
import queue
import re
import signal
import struct
import sys
import threading
import time
import traceback

# The environment this process started with, before anything below changes it (a standby
# compares it with the adopting function's, see _adopt).
_INITIAL_ENV = dict(os.environ)
_STANDBY = os.environ.pop("_IAM_MUTATE_STANDBY", "") == "1"

_BOOTSTRAP_FILE = os.path.abspath(__file__)
_BOOTSTRAP_DIR = os.path.dirname(_BOOTSTRAP_FILE)
# The handler's modules must not see this file's directory on sys.path.
sys.path[:] = [p for p in sys.path if os.path.abspath(p or ".") != _BOOTSTRAP_DIR]

# Set by _take_private_variables, once the function's environment is in place.
_MARKER = b""
_MAX_RESPONSE = 6291556
_FORCE_ENDPOINT_PATCH = False

_IN = os.fdopen(3, "rb", buffering=0)
_OUT = os.fdopen(4, "wb", buffering=0)
os.set_inheritable(3, False)
os.set_inheritable(4, False)
_OUT_LOCK = threading.Lock()
_INBOX = queue.Queue()

ERROR_LOG_LINE_TERMINATE = "\r"
ERROR_LOG_IDENT = "\u00a0"

_REQUEST_ID = None


def _send(message):
    data = json.dumps(message).encode("utf-8")
    view = memoryview(struct.pack(">I", len(data)) + data)
    with _OUT_LOCK:
        while len(view) > 0:
            written = _OUT.write(view)
            view = view[written:]


def _read_exact(n):
    chunks = []
    while n > 0:
        chunk = _IN.read(n)
        if not chunk:
            return None
        chunks.append(chunk)
        n -= len(chunk)
    return b"".join(chunks)


def _die():
    # The emulator went away: take the handler's children down with this process.
    try:
        if os.getpgrp() == os.getpid():
            os.killpg(os.getpid(), signal.SIGKILL)
    except Exception:
        pass
    os._exit(0)


def _reader():
    while True:
        header = _read_exact(4)
        if header is None:
            break
        body = _read_exact(struct.unpack(">I", header)[0])
        if body is None:
            break
        _INBOX.put(json.loads(body.decode("utf-8")))
    _die()


class _Fault(Exception):
    def __init__(self, error_type, msg, trace=None):
        Exception.__init__(self, msg)
        self.error_type = error_type
        self.msg = msg
        self.trace = trace


def _get_handler(handler):
    try:
        modname, fname = handler.rsplit(".", 1)
    except ValueError as e:
        raise _Fault("Runtime.MalformedHandlerName", "Bad handler '{}': {}".format(handler, str(e)))
    try:
        if modname.split(".")[0] in sys.builtin_module_names:
            raise _Fault(
                "Runtime.BuiltInModuleConflict",
                "Cannot use built-in module {} as a handler module".format(modname),
            )
        module = importlib.import_module(modname.replace("/", "."))
    except ImportError as e:
        raise _Fault("Runtime.ImportModuleError", "Unable to import module '{}': {}".format(modname, str(e)))
    except SyntaxError as e:
        trace = ['  File "%s" Line %s\n    %s' % (e.filename, e.lineno, e.text)]
        raise _Fault(
            "Runtime.UserCodeSyntaxError",
            "Syntax error in module '{}': {}".format(modname, str(e)),
            trace,
        )
    try:
        return getattr(module, fname)
    except AttributeError:
        raise _Fault("Runtime.HandlerNotFound", "Handler '{}' missing on module '{}'".format(fname, modname))


def _make_error(message, error_type, stack_trace, request_id):
    return {
        "errorMessage": message if message else "",
        "errorType": error_type if error_type else "",
        "requestId": request_id if request_id is not None else "",
        "stackTrace": stack_trace if stack_trace else [],
    }


def _error_from_exception(exc_info, request_id):
    etype, value, tb = exc_info
    frames = [(f.filename, f.lineno, f.name, f.line) for f in traceback.extract_tb(tb)]
    for i in range(len(frames)):
        if frames[i][0] != _BOOTSTRAP_FILE:
            frames = frames[i:]
            break
    return _make_error(str(value), etype.__name__, traceback.format_list(frames), request_id)


def _indent(line):
    count = len(line) - len(line.lstrip(" "))
    return ERROR_LOG_IDENT * count + line[count:]


def _log_error(error):
    description = "[ERROR]"
    if error.get("errorType"):
        description += " " + error["errorType"]
    if error.get("errorMessage"):
        if error.get("errorType"):
            description += ":"
        description += " " + error["errorMessage"]
    lines = [description]
    stack_trace = error.get("stackTrace")
    if stack_trace is not None:
        lines.append("Traceback (most recent call last):")
        for element in stack_trace:
            if element == "":
                lines.append("")
            else:
                lines.extend(_indent(line) for line in element.splitlines())
    sys.stdout.write(ERROR_LOG_LINE_TERMINATE.join(lines) + "\n")


class _RequestIdFilter(logging.Filter):
    def filter(self, record):
        record.aws_request_id = _REQUEST_ID or ""
        return True


class _LambdaLoggerHandler(logging.Handler):
    def emit(self, record):
        try:
            sys.stdout.write(self.format(record))
        except Exception:
            self.handleError(record)


def _setup_logging():
    logging.Formatter.converter = time.gmtime
    handler = _LambdaLoggerHandler()
    handler.setFormatter(
        logging.Formatter(
            "[%(levelname)s]\t%(asctime)s.%(msecs)03dZ\t%(aws_request_id)s\t%(message)s\n",
            "%Y-%m-%dT%H:%M:%S",
        )
    )
    handler.addFilter(_RequestIdFilter())
    logging.getLogger().addHandler(handler)


def _patch_endpoint_for_old_botocore():
    # botocore learned AWS_ENDPOINT_URL in 1.31; older ones would call real AWS endpoints.
    import importlib.util

    if importlib.util.find_spec("botocore") is None:
        return
    try:
        from importlib import metadata

        version = tuple(int(x) for x in re.findall(r"\d+", metadata.version("botocore"))[:2])
    except Exception:
        version = (0, 0)
    if version >= (1, 31) and not _FORCE_ENDPOINT_PATCH:
        return
    import botocore.session

    original = botocore.session.Session.create_client

    def create_client(self, *args, **kwargs):
        endpoint = os.environ.get("AWS_ENDPOINT_URL") or None
        if len(args) >= 6:
            if args[5] is None:
                args = args[:5] + (endpoint,) + args[6:]
        elif kwargs.get("endpoint_url") is None:
            kwargs["endpoint_url"] = endpoint
        return original(self, *args, **kwargs)

    botocore.session.Session.create_client = create_client


class _Obj(object):
    def __init__(self, **fields):
        self.__dict__.update(fields)

    def __repr__(self):
        return "%s(%r)" % (self.__class__.__name__, self.__dict__)


class LambdaContext(object):
    def __init__(self, request_id, client_context, deadline_ms, invoked_function_arn):
        self.aws_request_id = request_id
        self.log_group_name = os.environ.get("AWS_LAMBDA_LOG_GROUP_NAME")
        self.log_stream_name = os.environ.get("AWS_LAMBDA_LOG_STREAM_NAME")
        self.function_name = os.environ.get("AWS_LAMBDA_FUNCTION_NAME")
        self.memory_limit_in_mb = os.environ.get("AWS_LAMBDA_FUNCTION_MEMORY_SIZE")
        self.function_version = os.environ.get("AWS_LAMBDA_FUNCTION_VERSION")
        self.invoked_function_arn = invoked_function_arn
        self.tenant_id = None
        self.client_context = None
        if client_context:
            cc = json.loads(client_context)
            client = cc.get("client")
            self.client_context = _Obj(
                custom=cc.get("custom"),
                env=cc.get("env"),
                client=None if client is None else _Obj(
                    installation_id=client.get("installation_id"),
                    app_title=client.get("app_title"),
                    app_version_name=client.get("app_version_name"),
                    app_version_code=client.get("app_version_code"),
                    app_package_name=client.get("app_package_name"),
                ),
            )
        self.identity = _Obj(cognito_identity_id=None, cognito_identity_pool_id=None)
        self._epoch_deadline_time_in_ms = deadline_ms

    def get_remaining_time_in_millis(self):
        delta = self._epoch_deadline_time_in_ms - int(time.time() * 1000)
        return delta if delta > 0 else 0

    def log(self, msg):
        sys.stdout.write(str(msg))


class _Encoder(json.JSONEncoder):
    def default(self, obj):
        if isinstance(obj, decimal.Decimal):
            if obj.is_nan():
                return float("nan")
            return int(obj) if obj == obj.to_integral_value() else float(obj)
        return json.JSONEncoder.default(self, obj)


def _marshal(response):
    if isinstance(response, bytes):
        return response.decode("utf-8", "replace")
    try:
        return _Encoder().encode(response)
    except Exception as e:
        raise _Fault("Runtime.MarshalError", "Unable to marshal response: {}".format(str(e)))


def _apply_credentials(credentials):
    wanted = {
        "AWS_ACCESS_KEY_ID": credentials.get("accessKeyId"),
        "AWS_SECRET_ACCESS_KEY": credentials.get("secretAccessKey"),
        "AWS_SESSION_TOKEN": credentials.get("sessionToken"),
    }
    changed = any(os.environ.get(k) != v for k, v in wanted.items())
    for key, value in wanted.items():
        if value:
            os.environ[key] = value
        else:
            os.environ.pop(key, None)
    boto3 = sys.modules.get("boto3")
    if changed and boto3 is not None:
        # boto3's default session caches the credentials it resolved first; clients the
        # handler creates from now on must sign with this invocation's session.
        boto3.DEFAULT_SESSION = None


def _end_of_output():
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except Exception:
            pass
    for fd in (1, 2):
        try:
            os.write(fd, _MARKER)
        except OSError:
            pass


def _invoke(handler, message):
    global _REQUEST_ID
    request_id = message["requestId"]
    _REQUEST_ID = request_id
    _apply_credentials(message.get("credentials") or {})
    error = None
    payload = None
    try:
        context = LambdaContext(
            request_id,
            message.get("clientContext"),
            message["deadlineMs"],
            message.get("invokedFunctionArn"),
        )
        try:
            event = json.loads(message["event"])
        except Exception as e:
            raise _Fault("Runtime.UnmarshalError", "Unable to unmarshal input: {}".format(str(e)))
        response = handler(event, context)
        payload = _marshal(response)
    except _Fault as e:
        error = _make_error(e.msg, e.error_type, e.trace, request_id)
    except Exception:
        error = _error_from_exception(sys.exc_info(), request_id)
    if error is not None:
        _log_error(error)
        answer = {"t": "error", "requestId": request_id, "error": error, "payload": json.dumps(error)}
    elif len(payload.encode("utf-8")) > _MAX_RESPONSE:
        answer = {"t": "too-large", "requestId": request_id}
    else:
        answer = {"t": "result", "requestId": request_id, "payload": payload}
    _end_of_output()
    _send(answer)


def _take_private_variables():
    # Variables only this bootstrap reads: gone before the handler module loads.
    global _MARKER, _MAX_RESPONSE, _FORCE_ENDPOINT_PATCH
    _MARKER = os.environ.pop("_IAM_MUTATE_LOG_MARKER", "").encode("utf-8")
    _MAX_RESPONSE = int(os.environ.pop("_IAM_MUTATE_MAX_RESPONSE_BYTES", "6291556"))
    _FORCE_ENDPOINT_PATCH = os.environ.pop("_IAM_MUTATE_FORCE_ENDPOINT_PATCH", "") == "1"
    os.environ.pop("_IAM_MUTATE_STANDBY", None)  # set again by an adopt frame's environment


# ---- standby mode (worker-pool.ts, standby.ts) -------------------------------------------
# A standby is started before any function needs it, with the pool's function-independent
# environment. It pays now what every Python function pays at its cold start (the interpreter,
# import boto3, botocore's endpoint/partition data), then waits on fd 3 for an "adopt" frame
# carrying one function's environment and code directory, and carries on exactly as a worker
# started for that function would. Where the two could differ, it becomes that worker for real
# instead (exec, _exec_fresh).

# Preloaded modules a function's own code directory may not shadow (see _adoptable).
_PRELOADED = set()
# Variables the preloaded modules read while importing: their values are baked in.
_READ_AT_IMPORT = set()


def _preload():
    before = set(sys.modules)
    environ_type = type(os.environ)
    original = environ_type.__getitem__

    def recording(self, key):
        _READ_AT_IMPORT.add(key.decode("utf-8", "replace") if isinstance(key, bytes) else key)
        return original(self, key)

    environ_type.__getitem__ = recording
    try:
        import boto3  # noqa: F401  (~150-200 ms: what every function with boto3 pays)
        import botocore.session  # noqa: F401
    finally:
        environ_type.__getitem__ = original
    try:
        # Reads only per-session settings (AWS_DATA_PATH, AWS_PROFILE, ...), which a session
        # made later reads again, and imports nothing new (botocore 1.43), so it is not recorded.
        _share_loader_data()
    except Exception:
        pass  # botocore internals moved: the function loads the data itself, as it would
    _PRELOADED.update(name.split(".")[0] for name in set(sys.modules) - before)


def _share_loader_data():
    # botocore caches the JSON it loads per Loader instance, and every new session (boto3's
    # default one, or one per credentials change) makes a new Loader. The data every client
    # needs, whatever its service, is loaded here once and handed to each new Loader that would
    # read the very same files (same search paths: same AWS_DATA_PATH and HOME). It saves
    # ~75 ms CPU on the first client. Within one session botocore already shares these
    # objects between all clients, so sharing them between sessions changes nothing they see.
    import functools
    import botocore.loaders
    import botocore.session

    loader = botocore.session.Session().get_component("data_loader")
    for name in ("endpoints", "partitions", "sdk-default-configuration", "_retry"):
        loader.load_data(name)
    for type_name in ("service-2", "endpoint-rule-set-1"):
        loader.list_available_services(type_name)
    shared = dict(loader._cache)
    search_paths = list(loader.search_paths)
    original = botocore.loaders.Loader.__init__

    @functools.wraps(original)
    def __init__(self, *args, **kwargs):
        original(self, *args, **kwargs)
        if list(self.search_paths) == search_paths:
            for key, value in shared.items():
                self._cache.setdefault(key, value)

    botocore.loaders.Loader.__init__ = __init__


def _shadows_preloaded(task_root):
    # A fresh worker puts the task root first on sys.path before the handler imports anything:
    # a bundled boto3 (or any module named like one preloaded here) would win there. Top-level
    # entries only; a handler that adds a subdirectory to sys.path itself is not seen.
    try:
        names = os.listdir(task_root)
    except OSError:
        return True
    return any(name.split(".")[0] in _PRELOADED for name in names)


def _adoptable(target):
    if _shadows_preloaded(target.get("LAMBDA_TASK_ROOT", "")):
        return False
    return all(os.environ.get(key) == target.get(key) for key in _READ_AT_IMPORT)


def _exec_fresh(env):
    # What the launcher would have started for this function: the same interpreter and
    # arguments, with the function's environment (PWD as /bin/sh exports it), in its code
    # directory (already the cwd). The control pipes stay open across exec.
    env = dict(env)
    env.setdefault("PWD", os.getcwd())
    argv = list(getattr(sys, "orig_argv", None) or [sys.executable, "-u", "-B", _BOOTSTRAP_FILE])
    for fd in (3, 4):
        os.set_inheritable(fd, True)
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except Exception:
            pass
    os.execve(argv[0], argv, env)


def _adopt(message, preloaded):
    # message: env (what a fresh worker is started with), base (what this standby was started
    # with), cwd (the code directory).
    env, base = message["env"], message["base"]
    os.chdir(message["cwd"])
    # What the launcher and the interpreter added or changed when they started (PWD, from
    # /bin/sh; LC_CTYPE, from PEP 538 locale coercion) comes out the same for the function,
    # whose locale variables are the standby's (standby-policy.ts); PWD is its code directory.
    target = dict(env)
    for key, value in _INITIAL_ENV.items():
        if base.get(key) != value:
            target[key] = os.getcwd() if key == "PWD" else value
    if not preloaded or not _adoptable(target):
        _exec_fresh(env)
    for key in list(os.environ):
        if key not in target:
            del os.environ[key]
    for key, value in target.items():
        if os.environ.get(key) != value:
            os.environ[key] = value


def _standby():
    try:
        _preload()
        preloaded = True
    except BaseException:
        # Half-imported modules would differ from a fresh worker: the pool stops this standby
        # and makes no more, and if a worker already adopted it, it becomes a fresh one.
        preloaded = False
    _send({"t": "standby-ready" if preloaded else "standby-failed"})
    while True:
        message = _INBOX.get()
        if message.get("t") == "adopt":
            _adopt(message, preloaded)
            return


def main():
    threading.Thread(target=_reader, name="iam-mutate-control", daemon=True).start()
    if _STANDBY:
        _standby()
    _take_private_variables()
    sys.path.insert(0, os.environ["LAMBDA_TASK_ROOT"])
    _setup_logging()
    error = None
    try:
        _patch_endpoint_for_old_botocore()
        handler = _get_handler(os.environ["_HANDLER"])
    except _Fault as e:
        error = _make_error(e.msg, e.error_type, e.trace, None)
    except Exception:
        error = _error_from_exception(sys.exc_info(), None)
    if error is not None:
        _log_error(error)
        _end_of_output()
        _send({"t": "init-error", "error": error, "payload": json.dumps(error)})
        while True:
            _INBOX.get()  # wait to be stopped; Lambda re-runs init on the next invoke
    _end_of_output()
    _send({"t": "ready"})
    while True:
        message = _INBOX.get()
        if message.get("t") == "invoke":
            _invoke(handler, message)


main()
`;
