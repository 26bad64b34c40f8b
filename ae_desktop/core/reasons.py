"""Messages from core that the window can translate: a :class:`Reason` is English text that
also remembers the template it was made from and the values that went in (no Qt).

Core cannot translate (it imports no Qt, and the CLI prints English), yet the window shows
core's messages: why a model file was skipped, why a name or a training setting is
refused, why a download failed. So core says them as a ``Reason``:

    raise InvalidModelName(Reason(NAME_TOO_LONG, limit=64))

A Reason *is* a ``str`` (its English text, ``"the name is longer than 64 characters"``),
so every caller that prints, compares or stores it as text keeps working; ``str()`` of an
exception raised with one gives the Reason back (:meth:`Reason.__str__`). It also keeps
``template`` (``"the name is longer than {limit} characters"``) and ``values``
(``{"limit": 64}``), from which ``ui/reasons.tr_reason`` builds the translated text. A
value may itself be a Reason (translated too) or anything else (numbers, model ids, file
paths: shown as they are). Reasons pickle as template + values, so they cross the engine
and training pipes intact.

Every template is a constant of this module, registered by :func:`_t`: :func:`templates`
lists them, and ``ui/reasons_tr.py`` repeats each in a ``QT_TRANSLATE_NOOP("Reasons", …)``
for lupdate (``tests/ui/test_reasons_korean.py`` keeps the two equal). A template's
placeholders are ``{named}``; a format spec (``{n:,}``) is part of the template.
"""

from __future__ import annotations

_TEMPLATES: list[str] = []


def _t(template: str) -> str:
    _TEMPLATES.append(template)
    return template


def templates() -> tuple[str, ...]:
    """Every template defined here, in the order of this file."""
    return tuple(_TEMPLATES)


class Reason(str):
    """English text made from ``template.format(**values)``, remembering both."""

    template: str
    values: dict

    def __new__(cls, template: str, /, **values) -> Reason:
        self = super().__new__(cls, template.format(**values))
        self.template = template
        self.values = values
        return self

    def __str__(self) -> str:
        # str(exc) of an exception raised with a Reason, and str(reason), give the Reason
        # itself (str's own __str__ would copy it into a plain str).
        return self

    def __reduce__(self):
        return (_rebuild, (self.template, self.values))


def _rebuild(template: str, values: dict) -> Reason:
    return Reason(template, **values)


def join(parts: list[str], /) -> str:
    """``"a; b; c"``, a Reason when there is more than one part (each stays translatable)."""
    if not parts:
        return ""
    out = parts[-1]
    for part in reversed(parts[:-1]):
        out = Reason(JOIN, first=part, rest=out)
    return out


def one_line(text, limit: int = 500) -> str:
    """``text`` on one line (runs of white space become one space), at most ``limit``
    characters (cut with "…"). A Reason stays a Reason when that changes nothing but the
    white space inside its values; otherwise the result is plain text."""
    plain = " ".join(str(text).split())
    if isinstance(text, Reason) and len(plain) <= limit:
        flat = Reason(text.template, **{
            k: one_line(v, limit) if isinstance(v, str) else v for k, v in text.values.items()})
        if flat == plain:
            return flat
    return plain if len(plain) <= limit else plain[: limit - 1] + "…"


def typed(exc: BaseException) -> str:
    """``TypeName: message`` with the message whole (a Reason when raised with one)."""
    return Reason(TYPED_ERROR, type=type(exc).__name__, message=str(exc))


def typed_error(exc: BaseException, limit: int = 300) -> str:
    """``TypeName: message`` on one line (at most ``limit`` characters of message); the
    message stays a Reason when the exception was raised with one."""
    text = str(exc)
    flat = one_line(text, limit) if isinstance(text, Reason) else ""
    if not isinstance(flat, Reason):
        flat = " ".join(text.split())[:limit]
    name = type(exc).__name__
    return Reason(TYPED_ERROR, type=name, message=flat) if flat else name


# ------------------------------------------------------------------------ general
JOIN = _t("{first}; {rest}")
TYPED_ERROR = _t("{type}: {message}")
PATH_PROBLEM = _t("{path}: {reason}")
SIZE_BYTES = _t("{n} bytes")
SIZE_BYTES_GROUPED = _t("{n:,} bytes")
FILE_NOT_FOUND = _t("{name}: file not found")
CANNOT_READ_FILE = _t("{name}: cannot read file ({error})")

# ------------------------------------------------------------- store: model names
NAME_EMPTY = _t("give the model a name")
NAME_TOO_LONG = _t("the name is longer than {limit} characters")
NAME_BAD_CHARACTERS = _t("the name contains characters a file name cannot hold: {chars}")
NAME_LEADING_DOT = _t("the name cannot start with a dot (it would be a hidden file)")
NAME_TRAILING_DOT = _t("the name cannot end with a dot (Windows drops it)")
NAME_OWN_SUFFIX = _t("the name cannot end with .json or .safetensors (the suffixes of a "
                     "model's own files)")
NAME_RESERVED = _t("{name} is a reserved device name on Windows")

# ------------------------------------------------------- store: files and loading
NOT_USABLE_NAME = _t("not a usable model name: {reason}")
NAME_SPACE_AT_ENDS = _t("it starts or ends with a space")
NOT_A_CHECKPOINT = _t("not a checkpoint: give a model name or a .json or .safetensors file")
WHAT_WEIGHTS_FILE = _t("weights file")
WHAT_METADATA_FILE = _t("metadata file")
WHAT_NOT_FOUND = _t("{what} not found")
CANNOT_READ_WHAT = _t("cannot read the {what} ({error})")
WHAT_NOT_REGULAR = _t("the {what} is not a regular file")
WHAT_TOO_LARGE = _t("the {what} is {size}, more than the {limit} a checkpoint may use")
WHAT_GREW = _t("the {what} is more than {limit}")
UNUSABLE_METADATA = _t("unusable metadata: {reason}")
PICKLE_WEIGHTS = _t("this is a pickle-based PyTorch file (torch.save); AE Desktop only loads "
                    "safetensors weights and never unpickles files, which can run code")
NOT_SAFETENSORS = _t("not a safetensors file")
CORRUPT_SAFETENSORS = _t("corrupt safetensors file ({error})")
NOT_CURRENT_WEIGHTS = _t("not the current weights of {meta}, which names {weights} (the model "
                         "was saved again since)")
MISSING_TENSORS = _t("missing tensors {names}")
UNEXPECTED_TENSORS = _t("unexpected tensors {names}")
DOES_NOT_FIT = _t("does not fit architecture {architecture}: {problems}")
TENSOR_DTYPE = _t("tensor {name} has unsupported type {dtype}")
TENSOR_SHAPE = _t("tensor {name} has shape {shape}, architecture {architecture} needs "
                  "{expected}")
TENSOR_NOT_FINITE = _t("tensor {name} contains NaN or infinite values")
MODEL_EXISTS = _t("a model named {name} already exists")
METADATA_NOT_SAVED = _t("metadata cannot be saved: {reason}")
LOAD_NO_MEMORY = _t("not enough memory to load this model")
LOAD_UNEXPECTED = _t("unexpected error: {error}")
NO_MODEL_NAMED = _t("no model named {name} in {folders}")
LOAD_ALL_FAILED = _t("could not load the models: {error}")
MODEL_UNUSABLE = _t("cannot be used: {error}")

# --------------------------------------------------------- store: safetensors files
FILE_TRUNCATED = _t("file is truncated ({n} bytes)")
TRUNCATED_OR_NOT_SAFETENSORS = _t("file is truncated or not safetensors (header of {header:,} "
                                  "bytes, file of {size:,} bytes)")
SAFETENSORS_HEADER_TOO_LARGE = _t("safetensors header of {n:,} bytes is larger than {limit}")
NO_JSON_HEADER = _t("not a safetensors file (no JSON header)")
BAD_SAFETENSORS_HEADER = _t("not a safetensors file (header: {reason})")
HEADER_NOT_OBJECT = _t("not a safetensors file (header is not a JSON object)")

# ------------------------------------------------------------ store: metadata JSON
JSON_TOO_LARGE = _t("larger than {limit} ({size} or more)")
JSON_TOO_DEEP = _t("nested {depth:,} levels deep (at most {limit} allowed)")
JSON_NOT_UTF8 = _t("not UTF-8 text (byte {position})")
JSON_INVALID = _t("not valid JSON ({message} at line {line}, column {column})")
JSON_LONG_NUMBER = _t("not usable JSON (a number has too many digits)")
JSON_UNUSABLE = _t("not usable JSON ({error})")
JSON_RECURSION = _t("nested too deeply to read")
KIND_OBJECT = _t("an object")
KIND_LIST = _t("a list")
KIND_TEXT = _t("text")
KIND_BOOL = _t("true/false")
KIND_NULL = _t("null")
KIND_NUMBER = _t("a number")
FIELD_NOT_NUMBER = _t("{where} must be a number, not {kind}")
FIELD_OUT_OF_RANGE = _t("{where} is out of range")
FIELD_NOT_FINITE = _t("{where} must be finite, not {value}")
FIELD_TOO_SMALL = _t("{where} must be at least {minimum}, not {value}")
FIELD_NOT_WHOLE = _t("{where} must be a whole number, not {kind}")
FIELD_NOT_BETWEEN = _t("{where} must be between {lo:,} and {hi:,}")
FIELD_NOT_TEXT = _t("{where} must be text, not {kind}")
FIELD_TOO_LONG = _t("{where} is longer than {limit:,} characters")
FIELD_EMPTY = _t("{where} is empty")
FIELD_NOT_OBJECT = _t("{where} must be an object, not {kind}")
FIELD_TOO_MANY_KEYS = _t("{where} has more than {limit} keys")
FIELD_NOT_LIST = _t("{where} must be a list, not {kind}")
FIELD_TOO_MANY_ENTRIES = _t("{where} has more than {limit:,} entries")
FIELD_UNSUPPORTED = _t("{where} has an unsupported value")
FIELD_NOT_PAIR = _t("{where} must be a pair [epoch, loss]")
FIELD_NO_MSE = _t("{where} has no mse")
FIELD_OTHER_METRICS = _t("{where} has other metrics than history.epoch_val[0]")
WEIGHTS_NOT_FILE_NAME = _t("weights must be a file name ending in {suffix} in the same "
                           "folder, not {name}")
METADATA_NOT_OBJECT = _t("must be a JSON object, not {kind}")
NOT_OUR_FORMAT = _t('not an AE Desktop checkpoint description ("format" is not {format})')
NEWER_FORMAT = _t("written by a newer AE Desktop (format version {version}; this version "
                  "reads {supported})")
NAME_CONTROL_CHARACTERS = _t("name contains control characters")
WEIGHTS_DTYPE_CHOICES = _t("weights_dtype must be one of {choices}")
TOO_MANY_UNKNOWN_KEYS = _t("has {n} unknown keys (at most {limit})")

# ----------------------------------------------------------------- models
UNKNOWN_ARCHITECTURE = _t("unknown architecture {name}; choose one of: {choices}")
LATENT_FIXED = _t("{architecture} has a fixed code; a latent size can be chosen for "
                  "{families}")
LATENT_OUT_OF_RANGE = _t("latent size {size} is outside {lo} to {hi} for {architecture}")
SOURCE_NOT_SHIPPED = _t("the source of {path} is not available in this installation")
SOURCE_UNREADABLE = _t("cannot read {path}: {error}")
SOURCE_CLASS_MISSING = _t("class {name} not found in {path}")

# ----------------------------------------------------------------- training
CONFIG_EPOCHS = _t("epochs must be at least 1")
CONFIG_BATCH_SIZE = _t("batch size must be at least 1")
CONFIG_LEARNING_RATE = _t("learning rate must be a positive number")
CONFIG_OPTIMIZER = _t("unknown optimizer {name} (use adam or sgd)")
CONFIG_NOISE = _t("noise factor must be between 0 and 2")
CONFIG_LIMIT = _t("limit must be at least 1")
CONFIG_PRECISION = _t("precision must be auto, fp32 or bf16")
CONFIG_SCHEDULE = _t("learning-rate schedule must be one of {choices}")
CONFIG_DEVICE = _t("device must be one of {choices}")
CONTINUE_OTHER_ARCHITECTURE = _t("{path} is a {actual} model, not {expected}")
CONTINUE_OTHER_LATENT = _t("{path} has a code of {actual} numbers, not {expected}")
DIVERGED = _t("the loss became {value} at epoch {epoch}, batch {batch}; training stopped. "
              "Try a lower learning rate (it was {lr}).")
TRAINING_NO_START = _t("the training process could not start: {error}")
TRAINING_NO_RESULT = _t("training ended without a result")
TRAINING_NO_MEMORY = _t("out of memory: try a smaller batch size or training set")

# ------------------------------------------------------------- training timeline
TIMELINE_SHAPE = _t("timeline tensor {name} has shape {shape}")
TIMELINE_UNKNOWN = _t("unknown timeline tensors {names}")
TIMELINE_LACKS = _t("timeline lacks {names}")
TIMELINE_DTYPE = _t("timeline tensor {name} is {dtype}, not {expected}")
TIMELINE_FRAMES = _t("timeline has {frames} frames (1 to {limit} allowed)")
TIMELINE_NOT_FINITE = _t("timeline tensor {name} holds NaN or infinite values")
TIMELINE_STRIP = _t("timeline strip of {n} digits")
TIMELINE_SCATTER_PAIR = _t("timeline has scatter positions without labels, or labels alone")
TIMELINE_SCATTER_SIZE = _t("timeline scatter of {n} digits")
TIMELINE_LABELS = _t("timeline labels outside 0-9")
TIMELINE_HEADER = _t("timeline header is not JSON")
TIMELINE_UNREADABLE = _t("the timeline cannot be read ({error})")

# -------------------------------------------------------------- data: IDX files
IDX_N_IMAGES = _t("{n} images")
IDX_N_LABELS = _t("{n} labels")
IDX_MORE = _t("more")
IDX_TRUNCATED = _t("truncated")
IDX_TRAILING_DATA = _t("trailing data")
IDX_CORRUPT_GZIP = _t("corrupt gzip data")
IDX_CANNOT_READ = _t("cannot read file")
IDX_IMAGE_HEADER_SHORT = _t("{name}: image file too short for its header ({n} bytes)")
IDX_NOT_28 = _t("{name}: images are {rows}x{cols}, expected 28x28")
IDX_BAD_MAGIC = _t("{name}: bad magic number {magic} (expected {images} for images or "
                   "{labels} for labels); not an MNIST IDX file")
IDX_TOO_MANY_ITEMS = _t("{name}: header declares {what}; the limit is {limit:,}")
IDX_LENGTH = _t("{name}: header says {what} ({total} bytes) but the file has {has} ({kind})")
IDX_READ_PROBLEM = _t("{name}: {kind} ({error})")
IDX_DECLARES_TOO_MUCH = _t("{name}: header declares {what} ({size}); the limit is {limit}")
IDX_DECOMPRESSES_MORE = _t("{name}: header declares {what} ({size}) but decompresses to "
                           "more; refusing")
IDX_IS_FOLDER = _t("{name}: is a folder, not an IDX file")
IDX_NOT_REGULAR = _t("{name}: not a regular file")
IDX_FILE_TOO_LARGE = _t("{name}: file is {size}; the limit is {limit} ({items:,} images)")
IDX_EMPTY = _t("{name}: file is empty")
IDX_HEADER_SHORT = _t("{name}: file too short for an IDX header ({n} bytes)")
IDX_LABEL_RANGE = _t("{name}: label {label} is out of range 0-9")
IDX_UNKNOWN_SPLIT = _t("unknown split {split}; use 'train' or 'test'")
IDX_LABELS_NOT_IMAGES = _t("{name}: holds labels, not images")
IDX_IMAGES_NOT_LABELS = _t("{name}: holds images, not labels")
IDX_COUNTS_DIFFER = _t("{name}: {images} images but {labels_file} has {labels} labels")
TRAINING_SET_NOT_FOUND = _t("MNIST training set not found in {folder} ({reason}). Download it "
                            "with 'ae-desktop download' or point --data-dir / {variable} at a "
                            "folder holding the IDX files.")

# -------------------------------------------------------------- data: downloads
DOWNLOAD_ANNOUNCED_TOO_LARGE = _t("the server announces {size}; the limit for this file is "
                                  "{limit}; refusing")
DOWNLOAD_SENT_TOO_MUCH = _t("the server sent more than {limit}, the most {name} can be; "
                            "refusing")
DOWNLOAD_INTERRUPTED = _t("transfer interrupted after {done} of {total} bytes")
DOWNLOAD_MD5 = _t("MD5 of the .gz does not match the published value")
DOWNLOAD_SHA256 = _t("SHA-256 of the decompressed data does not match the known value")
DOWNLOAD_UNKNOWN_DATASET = _t("unknown dataset {name}; choose one of: {choices}")
DOWNLOAD_MIRROR_FAILED = _t("{url}: {reason}")
DOWNLOAD_FAILED = _t("could not download {name}: {errors}. Check the internet connection, or "
                     "copy the IDX files into {folder} by hand.")

# ------------------------------------------------------------------ data: images
IMAGE_TOO_LARGE = _t("{path}: too large ({what}; the limit is {limit:,} pixels)")
IMAGE_SIZE_PIXELS = _t("{width} x {height} pixels")
IMAGE_PIXELS = _t("{n:,} pixels")
IMAGE_MORE_THAN_PILLOW = _t("more pixels than Pillow allows")
IMAGE_IS_FOLDER = _t("{path}: not an image (it is a folder)")
IMAGE_NOT_REGULAR = _t("{path}: not an image (not a regular file)")
IMAGE_EMPTY = _t("{path}: not an image (the file is empty)")
IMAGE_FILE_TOO_LARGE = _t("{path}: too large ({size} MB; the limit is {limit} MB for an image "
                          "file)")
IMAGE_UNKNOWN_FORMAT = _t("{path}: not an image (unknown or damaged file format)")
IMAGE_NO_MEMORY = _t("{path}: too large to decode (out of memory)")
IMAGE_UNDECODABLE = _t("{path}: not an image that can be decoded ({error})")

# ---------------------------------------------------------------- compute device
DEVICE_UNKNOWN = _t("unknown device {name} (use {choices})")
DEVICE_NO_CUDA = _t("no CUDA GPU is available")
DEVICE_NO_MPS = _t("Apple's MPS is not available")
DEVICE_FALLBACK = _t("{device} was asked for but {why}; using the CPU")
DEVICE_UNKNOWN_FALLBACK = _t("{reason}; using the CPU")

# -------------------------------------------------------------------- engine
ENGINE_NO_MODEL = _t("no model named {name} is loaded")
ENGINE_DIGIT_COUNT = _t("ask for 1 to {limit} digits, not {n}")
ENGINE_DIGIT_INDEX = _t("test digit indices run from 0 to {last}")
ENGINE_POINT_COUNT = _t("ask for 1 to {limit} finite points (K, 2)")
ENGINE_UNKNOWN_JOB = _t("unknown job {name}")
ENGINE_CANCELLED = _t("cancelled")
ENGINE_LIVE_FAILED = _t("reconstruction failed: {error}")
ENGINE_NO_START = _t("the engine could not start: {error}")
ENGINE_GAVE_UP = _t("{why}. It was restarted {n} times and keeps stopping; restart AE Desktop.")
ENGINE_CONNECTION_FAILED = _t("the engine connection failed: {error}")
ENGINE_UNREADABLE_REPLY = _t("the engine sent an unreadable reply ({error})")
ENGINE_RESULT_UNREADABLE = _t("the result could not be read ({error})")
ENGINE_STOPPED = _t("the engine stopped unexpectedly ({exit})")
ENGINE_STOPPED_DURING_JOB = _t("the engine stopped during this job ({why})")
EXIT_CODE = _t("exit code {code}")
EXIT_KILLED_BY = _t("killed by {signal}")
EXIT_KILLED_BY_NUMBER = _t("killed by signal {number}")
EXIT_STILL_RUNNING = _t("still running")
# The training supervisor (workers/training.py): a run that ended without an outcome.
TRAINING_SUPERVISOR_STOPPED = _t("the training supervisor stopped unexpectedly")
TRAINING_SUPERVISOR_FAILED = _t("the training supervisor failed: {error}")
TRAINING_UNREADABLE_MESSAGE = _t("the training process sent an unreadable message ({error}); "
                                 "it was stopped")
TRAINING_UNEXPECTED_MESSAGE = _t("the training process sent an unexpected message ({kind}); "
                                 "it was stopped")
TRAINING_STOPPED_UNEXPECTEDLY = _t("the training process stopped unexpectedly ({exit}); it may "
                                   "have run out of memory")
