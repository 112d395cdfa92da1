#!/usr/bin/env python3
"""Writes the bad-input corpus (one file per malformed feed) and manifest.json with each file's expected error.

This script is the source of truth: add or change an entry here, run it from this folder
(python3 make_corpus.py), and commit the files it writes together with manifest.json. Regenerating gives the same
bytes (random payloads come from fixed seeds). Every feed uses period 2019 where a valid period is needed.
manifest.json fields: file, transport (csv | json | dhis2 | grpc | grpc-raw | grpc-stream | grpc-stream-raw), status
(HTTP status for csv/json/dhis2, gRPC status name for grpc*), code (the FeedIssue code, "" when the transport refuses
before validation), field (the FeedIssue field; "*" when any field may carry the code), row, and optional token
("reporter:KZ-11"), query (extra query string), message (a substring the error message must contain), cancel_after
(a stream the client cancels after that many messages). "generated:" entries are built by CorpusSender at run time.
"""
import base64, json, os, random, struct

HERE = os.path.dirname(os.path.abspath(__file__))
entries = []

def write(name, data):
    path = os.path.join(HERE, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))

def add(name, transport, data, status, code, field, row, **extra):
    if data is not None:
        write(name, data)
    entries.append(dict(file=name, transport=transport, status=status, code=code, field=field, row=row, **extra))

# ---------- CSV (long format) ----------
H = "body,indicator,period,value,unit,comment\n"
def csv(name, rows, code, field, row=2, status=400, **extra):
    add(f"csv/{name}.csv", "csv", H + "".join(r + "\n" for r in rows), status, code, field, row, **extra)

csv("nan", ["KZ-11,avg_salary,2019,NaN,,"], "not_finite", "value")
csv("positive-infinity", ["KZ-11,avg_salary,2019,Infinity,,"], "not_finite", "value")
csv("negative-infinity", ["KZ-11,avg_salary,2019,-Infinity,,"], "not_finite", "value")
csv("inf-as-python-prints-it", ["KZ-11,avg_salary,2019,inf,,"], "not_finite", "value")
csv("overflow-to-infinity", ["KZ-11,avg_salary,2019,1e999,,"], "not_finite", "value")
csv("1e308", ["KZ-11,avg_salary,2019,1e308,,"], "out_of_range", "value")
csv("negative-zero", ["KZ-11,avg_salary,2019,-0,,"], "negative_zero", "value")
csv("word-for-number", ["KZ-11,life_expectancy,2019,seventy,,"], "not_a_number", "value")
csv("decimal-comma", ["KZ-11,life_expectancy,2019,\"72,5\",,"], "not_a_number", "value")
csv("hex-number", ["KZ-11,avg_salary,2019,0x10,,"], "not_a_number", "value")
csv("double-sign", ["KZ-11,avg_salary,2019,--5,,"], "not_a_number", "value")
csv("negative-out-of-range", ["KZ-11,avg_salary,2019,-5,,"], "out_of_range", "value")
csv("life-expectancy-121", ["KZ-11,life_expectancy,2019,121,,"], "out_of_range", "value")
csv("unknown-body", ["KZ-99,avg_salary,2019,250000,,"], "unknown_body", "body")
csv("unknown-indicator", ["KZ-11,salary_avg,2019,250000,,"], "unknown_indicator", "indicator")
csv("homoglyph-cyrillic-k", ["\u041aZ-11,avg_salary,2019,250000,,"], "invalid_code", "body")
csv("homoglyph-fullwidth-digit", ["KZ-1\uff11,avg_salary,2019,250000,,"], "invalid_code", "body")
csv("rtl-mark-in-indicator", ["KZ-11,avg_salary\u200f,2019,250000,,"], "invalid_code", "indicator")
csv("rtl-override-in-indicator", ["KZ-11,\u202eyralas_gva,2019,250000,,"], "invalid_code", "indicator")
csv("nul-in-body", ["KZ-11\u0000,avg_salary,2019,250000,,"], "invalid_code", "body")
csv("zero-width-space-in-body", ["KZ\u200b-11,avg_salary,2019,250000,,"], "invalid_code", "body")
csv("fullwidth-period", ["KZ-11,avg_salary,\uff12\uff10\uff11\uff19,250000,,"], "invalid_period", "period")
csv("future-period", ["KZ-11,avg_salary,2099,250000,,"], "unknown_period", "period")
csv("ancient-period", ["KZ-11,avg_salary,1066,250000,,"], "unknown_period", "period")
csv("short-period", ["KZ-11,avg_salary,19,250000,,"], "invalid_period", "period")
csv("month-13", ["KZ-11,avg_salary,201913,250000,,"], "invalid_period", "period")
csv("quarter-5", ["KZ-11,avg_salary,2019Q5,250000,,"], "invalid_period", "period")
csv("quarterly-value-for-yearly-indicator", ["KZ-11,avg_salary,2019Q1,250000,,"], "wrong_periodicity", "period")
csv("duplicate-key", ["KZ-11,avg_salary,2019,250000,,", "KZ-11,avg_salary,2019,260000,,"], "duplicate_key", "period", row=3)
csv("sql-in-body", ["KZ-11';DROP TABLE observations;--,avg_salary,2019,250000,,"], "invalid_code", "body")
csv("sql-in-indicator", ["KZ-11,avg_salary' OR '1'='1,2019,250000,,"], "invalid_code", "indicator")
csv("sql-in-period", ["KZ-11,avg_salary,2019' OR 1=1--,250000,,"], "invalid_period", "period")
csv("sql-in-value", ["KZ-11,avg_salary,2019,1; DELETE FROM observations,,"], "not_a_number", "value")
csv("sql-in-unit", ["KZ-11,avg_salary,2019,250000,KZT'); DELETE FROM observations;--,"], "wrong_unit", "unit")
csv("html-in-body", ["<script>alert(1)</script>,avg_salary,2019,250000,,"], "unknown_body", "body")
csv("html-in-indicator", ["KZ-11,<img src=x onerror=alert(1)>,2019,250000,,"], "invalid_code", "indicator")
csv("html-in-period", ["KZ-11,avg_salary,<b>2019</b>,250000,,"], "invalid_period", "period")
csv("html-in-value", ["KZ-11,avg_salary,2019,<i>1</i>,,"], "not_a_number", "value")
csv("html-in-unit", ["KZ-11,avg_salary,2019,250000,<b>KZT</b>,"], "wrong_unit", "unit")
csv("html-and-sql-in-long-comment", ["KZ-11,avg_salary,2019,250000,,\"" + ("<script>alert(1)</script>'; DROP TABLE observations;--" * 30) + "\""], "text_too_long", "comment")
csv("wrong-unit", ["KZ-11,avg_salary,2019,250000,USD,"], "wrong_unit", "unit")
csv("body-not-active-in-2019", ["KZ-10,avg_salary,2019,250000,,"], "body_not_active", "period")
csv("central-body-for-regional-indicator", ["CB-MF,avg_salary,2019,250000,,"], "not_reported_by_body_kind", "indicator")
csv("not-entitled", ["KZ-15,avg_salary,2019,250000,,"], "not_entitled", "body", status=403, token="reporter:KZ-11")
csv("body-code-of-2000-characters", ["K" * 2000 + ",avg_salary,2019,250000,,"], "text_too_long", "body")
csv("unterminated-quote", ["KZ-11,\"avg_salary,2019,250000,,"], "malformed", "indicator")
csv("too-many-cells", ["KZ-11,avg_salary,2019,250000,,,extra,cells"], "malformed", "")
csv("invalid-submission-id", ["KZ-11,avg_salary,2019,250000,,"], "invalid_submission_id", "submission_id", row=0, query="submissionId=../../etc/passwd")
csv("sql-in-submission-id", ["KZ-11,avg_salary,2019,250000,,"], "invalid_submission_id", "submission_id", row=0, query="submissionId=x%27%3B%20DROP%20TABLE%20submissions%3B--")
add("csv/header-only.csv", "csv", H, 400, "empty_submission", "observations", 0)
add("csv/empty-file.csv", "csv", "", 400, "missing_field", "", 1)
# Without a value column the header reads as a wide file (one column per indicator), which needs ?period=.
# A misspelt optional column would drop its values silently: refused, naming the column it resembles.
add("csv/misspelt-comment-column.csv", "csv", "body,indicator,period,value,coment\nKZ-11,avg_salary,2019,250000,from the regional office\n",
    400, "unknown_field", "coment", 1, message="did you mean")
add("csv/missing-value-column.csv", "csv", "body,indicator,period\nKZ-11,avg_salary,2019\n", 400, "missing_field", "period", 1)
add("csv/wide-without-period.csv", "csv", "body,avg_salary,life_expectancy\nKZ-11,250000,72\n", 400, "missing_field", "period", 1)
add("csv/utf16-file.csv", "csv", (H + "KZ-11,avg_salary,2019,250000,,\n").encode("utf-16"), 400, "not_utf8", "", 0, message="UTF-16 little-endian")
# Excel on Russian-language Windows saves CSV as Windows-1251: a Cyrillic comment on the second data row (line 3).
add("csv/windows-1251.csv", "csv", (H + "KZ-11,avg_salary,2019,250000,,\nKZ-15,avg_salary,2019,260000,,данные акимата\n").encode("cp1251"),
    400, "not_utf8", "", 3, message="Windows-1251")
# A UTF-8 sequence cut off by the end of the file.
add("csv/utf8-cut-off-at-the-end.csv", "csv", (H + "KZ-11,avg_salary,2019,250000,,данные").encode("utf-8")[:-1], 400, "not_utf8", "", 2,
    message="not UTF-8")
random.seed(8)
add("csv/random-bytes.csv", "csv", bytes(random.getrandbits(8) for _ in range(4096)), 400, "not_utf8", "", 1)

# ---------- JSON (the gRPC Submit, transcoded) ----------
def obs(**kv):
    base = {"bodyCode": "KZ-11", "indicatorCode": "avg_salary", "period": "2019", "value": 250000}
    base.update(kv)
    return base
def js(name, body, status, code, field, row=1, **extra):
    text = body if isinstance(body, str) else json.dumps(body, ensure_ascii=False)
    add(f"json/{name}.json", "json", text, status, code, field, row, **extra)
def sub(*observations, sid="SUBMISSION_ID"):
    return {"submissionId": sid, "observations": list(observations)}

js("nan", sub(obs(value="NaN")), 400, "not_finite", "value")
js("positive-infinity", sub(obs(value="Infinity")), 400, "not_finite", "value")
js("negative-infinity", sub(obs(value="-Infinity")), 400, "not_finite", "value")
js("1e308", '{"submissionId":"SUBMISSION_ID","observations":[{"bodyCode":"KZ-11","indicatorCode":"avg_salary","period":"2019","value":1e308}]}', 400, "out_of_range", "value")
js("negative-zero", '{"submissionId":"SUBMISSION_ID","observations":[{"bodyCode":"KZ-11","indicatorCode":"avg_salary","period":"2019","value":-0.0}]}', 400, "negative_zero", "value")
js("string-for-number", sub(obs(value="abc")), 400, "", "", 0)
js("boolean-for-number", sub(obs(value=True)), 400, "", "", 0)
js("number-for-period", sub(obs(period=2019)), 400, "", "", 0)
js("object-for-observations", {"submissionId": "SUBMISSION_ID", "observations": 5}, 400, "", "", 0)
js("unknown-field", sub(obs(valu=5)), 400, "unknown_field", "valu")
js("truncated", '{"submissionId":"SUBMISSION_ID","observations":[{"bodyCode":"KZ-11","indicatorCode":"avg_sal', 400, "", "", 0)
js("not-json", "body,indicator,period,value\nKZ-11,avg_salary,2019,1\n", 400, "", "", 0)
js("array-root", [obs()], 400, "", "", 0)
js("duplicate-property-value", '{"submissionId":"SUBMISSION_ID","observations":[{"bodyCode":"KZ-11","indicatorCode":"avg_salary","period":"2019","value":250000,"value":260000}]}', 400, "duplicate_field", "value")
js("duplicate-property-submission-id", '{"submissionId":"SUBMISSION_ID","submissionId":"other-id","observations":[{"bodyCode":"KZ-11","indicatorCode":"avg_salary","period":"2019","value":250000}]}', 400, "duplicate_field", "submissionId", row=0)
js("duplicate-key", sub(obs(), obs(value=260000)), 400, "duplicate_key", "period", row=2)
js("empty-observations", sub(), 400, "empty_submission", "observations", row=0)
js("nul-in-body", sub(obs(bodyCode="KZ-11\u0000")), 400, "invalid_code", "body")
js("rtl-override-in-indicator", sub(obs(indicatorCode="\u202eyralas_gva")), 400, "invalid_code", "indicator")
js("homoglyph-cyrillic-body", sub(obs(bodyCode="\u041a\u0417-11")), 400, "invalid_code", "body")
js("future-period", sub(obs(period="2100")), 400, "unknown_period", "period")
js("ancient-period", sub(obs(period="0001")), 400, "unknown_period", "period")
js("sql-in-submission-id", sub(obs(), sid="x'; DROP TABLE submissions;--"), 400, "invalid_submission_id", "submission_id", row=0)
js("html-in-submission-id", sub(obs(), sid="<script>alert(1)</script>"), 400, "invalid_submission_id", "submission_id", row=0)
js("sql-in-unit", sub(obs(unit="KZT'; DELETE FROM observations;--")), 400, "wrong_unit", "unit")
js("html-in-body", sub(obs(bodyCode="<svg/onload=alert(1)>")), 400, "unknown_body", "body")
js("sql-in-period", sub(obs(period="2019;--")), 400, "invalid_period", "period")
js("html-in-long-comment", sub(obs(comment="<iframe src=javascript:alert(1)>" * 40)), 400, "text_too_long", "comment")
js("body-code-of-100000-characters", sub(obs(bodyCode="B" * 100000)), 400, "invalid_code", "body")
# Encodings other than UTF-8 and properties that transcoding would drop or merge (checked before it reads the JSON).
misspelt = {"bodyCode": "KZ-11", "indicatorCode": "avg_salary", "period": "2019", "valeu": 250000}
js("misspelt-value-property", sub(misspelt), 400, "unknown_field", "valeu", message="Value 1 (observations[0]) has a property")
js("misspelt-dry-run", {"submissionId": "SUBMISSION_ID", "dryrun": True, "observations": [obs()]}, 400, "unknown_field", "dryrun", row=0)
js("property-in-proto-and-json-spelling", '{"submissionId":"SUBMISSION_ID","observations":[{"body_code":"KZ-11","bodyCode":"KZ-15","indicatorCode":"avg_salary","period":"2019","value":250000}]}', 400, "duplicate_field", "bodyCode")
js("two-observation-lists", '{"submissionId":"SUBMISSION_ID","observations":[{"bodyCode":"KZ-11","indicatorCode":"avg_salary","period":"2019","value":250000}],"observations":[{"bodyCode":"KZ-15","indicatorCode":"avg_salary","period":"2019","value":260000}]}', 400, "duplicate_field", "observations", row=0)
utf16_json = json.dumps(sub(obs()))
add("json/utf16-little-endian.json", "json", utf16_json.encode("utf-16"), 400, "not_utf8", "", 0, message="UTF-16 little-endian")
add("json/utf16-big-endian-without-byte-order-mark.json", "json", utf16_json.encode("utf-16-be"), 400, "not_utf8", "", 0, message="UTF-16 big-endian")
add("json/utf32.json", "json", utf16_json.encode("utf-32"), 400, "not_utf8", "", 0, message="UTF-32 little-endian")

# ---------- DHIS2 dataValueSets ----------
def dv(**kv):
    base = {"dataElement": "avg_salary", "period": "2019", "orgUnit": "KZ-11", "value": "250000"}
    base.update(kv)
    return base
def dh(name, body, code_hint, field, row=1, status=400, **extra):
    text = body if isinstance(body, str) else json.dumps(body, ensure_ascii=False)
    add(f"dhis2/{name}.json", "dhis2", text, status, code_hint, field, row, **extra)

dh("not-json", "<dataValueSet><dataValue/></dataValueSet>", "malformed", "", row=0)
dh("truncated", '{"dataValues":[{"dataElement":"avg_salary","period":"2019","orgUnit":"KZ-11","val', "malformed", "", row=0)
dh("array-root", [dv()], "malformed", "", row=0)
dh("no-data-values", {"dataSet": "x"}, "missing_field", "dataValues", row=0)
dh("data-values-object", {"dataValues": {"a": 1}}, "malformed", "dataValues", row=0)
dh("nan", {"dataValues": [dv(value="NaN")]}, "not_finite", "value")
dh("infinity", {"dataValues": [dv(value="Infinity")]}, "not_finite", "value")
dh("1e308", {"dataValues": [dv(value="1e308")]}, "out_of_range", "value")
dh("negative-zero", {"dataValues": [dv(value="-0")]}, "negative_zero", "value")
dh("unknown-org-unit", {"dataValues": [dv(orgUnit="KZ-00")]}, "unknown_body", "body")
dh("sql-in-data-element", {"dataValues": [dv(dataElement="avg_salary'--")]}, "unknown_indicator", "indicator")
dh("week-period", {"dataValues": [dv(period="2019W60")]}, "invalid_period", "period")
dh("duplicate-key", {"dataValues": [dv(), dv(value="260000")]}, "duplicate_key", "period", row=2)
dh("duplicate-property", '{"dataValues":[{"dataElement":"avg_salary","period":"2019","orgUnit":"KZ-11","value":"250000","value":"1"}]}', "malformed", "", row=0)
dh("html-in-long-comment", {"dataValues": [dv(comment="<script>alert(1)</script>" * 60)]}, "text_too_long", "comment")
dh("homoglyph-org-unit", {"dataValues": [dv(orgUnit="KZ\u20131\u0661")]}, "invalid_code", "body")
dh("missing-data-element", {"dataValues": [{"period": "2019", "orgUnit": "KZ-11", "value": "1"}]}, "missing_field", "dataElement")
# DHIS2 exports carry many optional properties, so unknown ones are ignored; a misspelt value is still a missing one.
dh("misspelt-value-property", {"dataValues": [{"dataElement": "avg_salary", "period": "2019", "orgUnit": "KZ-11", "valeu": "250000"}]}, "missing_field", "value")
add("dhis2/utf16.json", "dhis2", json.dumps({"dataValues": [dv()]}).encode("utf-16"), 400, "not_utf8", "", 0, message="UTF-16 little-endian")

# ---------- gRPC (typed messages in protobuf JSON, raw bytes, streams) ----------
def gr(name, body, status, code, field, row=1):
    add(f"grpc/{name}.json", "grpc", json.dumps(body, ensure_ascii=False), status, code, field, row)

gr("nan", sub(obs(value="NaN")), "InvalidArgument", "not_finite", "value")
gr("positive-infinity", sub(obs(value="Infinity")), "InvalidArgument", "not_finite", "value")
gr("1e308", sub(obs(value=1e308)), "InvalidArgument", "out_of_range", "value")
gr("nul-in-period", sub(obs(period="2019\u0000")), "InvalidArgument", "invalid_period", "period")
gr("comment-of-one-megabyte", sub(obs(comment="x" * 1_000_000)), "InvalidArgument", "text_too_long", "comment")
gr("unknown-codes", sub(obs(bodyCode="KZ-77", indicatorCode="happiness")), "InvalidArgument", "unknown_body", "body")

def varint(n):
    out = bytearray()
    while True:
        b = n & 0x7F; n >>= 7
        out.append(b | (0x80 if n else 0))
        if not n: return bytes(out)
def field(num, wire, payload):
    return varint(num << 3 | wire) + payload
def ld(num, data):
    return field(num, 2, varint(len(data)) + data)
good_obs = ld(1, b"KZ-11") + ld(2, b"avg_salary") + ld(3, b"2019") + field(4, 1, struct.pack("<d", 250000.0))
good = ld(1, b"SUBMISSION_ID") + ld(3, good_obs)
NOT_PARSED = "could not be parsed as the protobuf message assessment.indicators.v1.SubmitRequest"
add("grpc/garbage-bytes.bin", "grpc-raw", bytes(random.getrandbits(8) for _ in range(512)), "InvalidArgument", "", "", 0, message=NOT_PARSED)
add("grpc/truncated-message.bin", "grpc-raw", good[: len(good) - 7], "InvalidArgument", "", "", 0, message=NOT_PARSED)
# A known field number with the wrong wire type is skipped as an unknown field (protobuf's rule): nothing is left.
add("grpc/wrong-wire-type.bin", "grpc-raw", ld(1, b"SUBMISSION_ID") + field(3, 0, varint(5)), "InvalidArgument", "empty_submission", "observations", 0)
add("grpc/length-past-end.bin", "grpc-raw", ld(1, b"SUBMISSION_ID") + varint(3 << 3 | 2) + varint(1_000_000) + b"KZ", "InvalidArgument", "", "", 0, message=NOT_PARSED)
add("grpc/invalid-utf8-in-code.bin", "grpc-raw", ld(1, b"SUBMISSION_ID") + ld(3, ld(1, b"KZ-\xff\xfe") + ld(2, b"avg_salary") + ld(3, b"2019")), "InvalidArgument", "", "", 0, message=NOT_PARSED)
# A protobuf message sent to the JSON endpoint is refused as JSON (problem+json), not read as text.
add("json/protobuf-sent-as-json.json", "json", good, 400, "", "", 0)

def stream(name, messages, status, code, field, row=1, **extra):
    add(f"grpc/{name}.stream.json", "grpc-stream", json.dumps(messages), status, code, field, row, **extra)
batch = {"batch": {"observations": [obs()]}}
header = {"header": {"submissionId": "SUBMISSION_ID"}}
stream("stream-without-header", [batch], "InvalidArgument", "", "", 0, message="starts with a header")
stream("stream-with-two-headers", [header, header, batch], "InvalidArgument", "", "", 0, message="Only one header")
stream("stream-cut-off-by-the-client", [header, batch, batch], "Cancelled", "", "", 0, cancel_after=2)
stream("stream-with-duplicate-keys-across-batches", [header, batch, batch], "InvalidArgument", "duplicate_key", "period", 2)

def raw_stream(name, messages, status, message):
    """Messages are {"json": a SubmitStreamMessage} or {"base64": bytes that are sent as they are}."""
    add(f"grpc/{name}.stream-raw.json", "grpc-stream-raw", json.dumps(messages), status, "", "", 0, message=message)
garbage = {"base64": base64.b64encode(bytes(random.getrandbits(8) for _ in range(256))).decode()}
raw_stream("stream-with-a-garbage-message", [{"json": header}, garbage, {"json": batch}], "InvalidArgument",
           "Message 2 of the stream could not be parsed as the protobuf message assessment.indicators.v1.SubmitStreamMessage")
raw_stream("stream-starting-with-garbage", [garbage, {"json": header}, {"json": batch}], "InvalidArgument",
           "Message 1 of the stream could not be parsed as the protobuf message assessment.indicators.v1.SubmitStreamMessage")

# ---------- generated at run time (too big to keep as files) ----------
add("generated:csv-row-of-ten-megabytes", "csv", None, 400, "text_too_long", "comment", 2)
add("generated:grpc-stream-of-a-million-values", "grpc-stream", None, "ResourceExhausted", "too_many_values", "observations", 250001)

with open(os.path.join(HERE, "manifest.json"), "w") as f:
    json.dump(entries, f, indent=1, ensure_ascii=True)
print(len(entries), "entries")
