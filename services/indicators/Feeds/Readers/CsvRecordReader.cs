using System.Runtime.CompilerServices;
using System.Text;

namespace Assessment.Indicators.Feeds.Readers;

/// <summary>
/// A small streaming RFC 4180 reader: commas, quoted fields with "" escapes, CRLF or LF (or a lone CR),
/// line breaks inside quoted fields, a byte-order mark at the start. It reads the text in chunks and
/// never holds more than the current record, so a large upload is not loaded whole.
/// Malformed records (an unterminated quote, a quote inside an unquoted field, text after a closing
/// quote) are returned with a <see cref="CsvProblem"/> instead of throwing, so the caller can report them
/// with their record number and go on. Blank lines are skipped but counted, to keep numbers physical.
/// Reading continues where the previous call stopped, so a caller may read the header alone first.
/// </summary>
public sealed class CsvRecordReader
{
    private const int BufferSize = 16 * 1024;

    private readonly TextReader _reader;
    private readonly int _maxFieldLength;
    private readonly char[] _buffer = new char[BufferSize];
    private int _position;
    private int _length;
    private bool _atStartOfText = true;
    private bool _endOfText;

    private State _state = State.FieldStart;
    private bool _inRecord;
    private bool _skipLineFeed;
    private int _recordNumber;
    private readonly StringBuilder _field = new();
    private List<string> _fields = [];
    private CsvProblem? _problem;

    /// <param name="reader">The CSV text.</param>
    /// <param name="maxFieldLength">
    /// Fields longer than this are kept only up to maxFieldLength + 1 characters: enough for the caller
    /// to see that they are too long, without holding an arbitrarily long field in memory.
    /// </param>
    public CsvRecordReader(TextReader reader, int maxFieldLength = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentOutOfRangeException.ThrowIfNegative(maxFieldLength);
        _reader = reader;
        _maxFieldLength = maxFieldLength;
    }

    private enum State
    {
        FieldStart,
        Unquoted,
        Quoted,
        QuoteInQuoted,
    }

    /// <summary>The next record, or null at the end of the text.</summary>
    public CsvRecord? ReadRecord()
    {
        while (true)
        {
            if (_position == _length)
            {
                if (_endOfText)
                {
                    return null;
                }

                _length = _reader.Read(_buffer, 0, _buffer.Length);
                _position = 0;
                if (_length == 0)
                {
                    _endOfText = true;
                    return FinishText();
                }
            }

            if (Advance() is { } record)
            {
                return record;
            }
        }
    }

    /// <summary>The next record, or null at the end of the text.</summary>
    public async ValueTask<CsvRecord?> ReadRecordAsync(CancellationToken cancellationToken = default)
    {
        while (true)
        {
            if (_position == _length)
            {
                if (_endOfText)
                {
                    return null;
                }

                _length = await _reader.ReadAsync(_buffer.AsMemory(), cancellationToken).ConfigureAwait(false);
                _position = 0;
                if (_length == 0)
                {
                    _endOfText = true;
                    return FinishText();
                }
            }

            if (Advance() is { } record)
            {
                return record;
            }
        }
    }

    /// <summary>The remaining records.</summary>
    public IEnumerable<CsvRecord> ReadRecords()
    {
        while (ReadRecord() is { } record)
        {
            yield return record;
        }
    }

    /// <summary>The remaining records.</summary>
    public async IAsyncEnumerable<CsvRecord> ReadRecordsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        while (await ReadRecordAsync(cancellationToken).ConfigureAwait(false) is { } record)
        {
            yield return record;
        }
    }

    // Consumes buffered characters until a record ends (returned) or the buffer is used up (null).
    private CsvRecord? Advance()
    {
        while (_position < _length)
        {
            var c = _buffer[_position++];

            if (_atStartOfText)
            {
                _atStartOfText = false;
                if (c == '\uFEFF')
                {
                    continue;
                }
            }

            if (_skipLineFeed)
            {
                _skipLineFeed = false;
                if (c == '\n')
                {
                    continue;
                }
            }

            switch (_state)
            {
                case State.FieldStart:
                    if (c == '"')
                    {
                        BeginRecordIfNeeded();
                        _state = State.Quoted;
                    }
                    else if (c == ',')
                    {
                        BeginRecordIfNeeded();
                        EndField();
                    }
                    else if (c is '\r' or '\n')
                    {
                        _skipLineFeed = c == '\r';
                        if (!_inRecord)
                        {
                            // A blank line: no record, but it still takes a number.
                            _recordNumber++;
                            continue;
                        }

                        EndField();
                        return EndRecord();
                    }
                    else
                    {
                        BeginRecordIfNeeded();
                        Append(c);
                        _state = State.Unquoted;
                    }

                    break;

                case State.Unquoted:
                    if (c == ',')
                    {
                        EndField();
                    }
                    else if (c is '\r' or '\n')
                    {
                        _skipLineFeed = c == '\r';
                        EndField();
                        return EndRecord();
                    }
                    else
                    {
                        if (c == '"')
                        {
                            NoteProblem("it has a quote inside a field that does not start with a quote; enclose the whole field in quotes and write the quote as two quotes (\"\")");
                        }

                        Append(c);
                    }

                    break;

                case State.Quoted:
                    if (c == '"')
                    {
                        _state = State.QuoteInQuoted;
                    }
                    else
                    {
                        Append(c);
                    }

                    break;

                case State.QuoteInQuoted:
                    if (c == '"')
                    {
                        Append('"');
                        _state = State.Quoted;
                    }
                    else if (c == ',')
                    {
                        EndField();
                    }
                    else if (c is '\r' or '\n')
                    {
                        _skipLineFeed = c == '\r';
                        EndField();
                        return EndRecord();
                    }
                    else
                    {
                        NoteProblem("it has text after the closing quote of a quoted field; put the whole field inside the quotes and write a quote inside it as two quotes (\"\")");
                        Append(c);
                        _state = State.Unquoted;
                    }

                    break;
            }
        }

        return null;
    }

    private CsvRecord? FinishText()
    {
        if (!_inRecord)
        {
            return null;
        }

        if (_state == State.Quoted)
        {
            NoteProblem($"the quoted field that starts in record {_recordNumber} is never closed, so the rest of the file was read into it; add the closing quote and write a quote inside a quoted field as two quotes (\"\")");
        }

        EndField();
        return EndRecord();
    }

    private void BeginRecordIfNeeded()
    {
        if (!_inRecord)
        {
            _inRecord = true;
            _recordNumber++;
        }
    }

    private void Append(char c)
    {
        if (_field.Length <= _maxFieldLength)
        {
            _field.Append(c);
        }
    }

    private void NoteProblem(string reason) => _problem ??= new CsvProblem(_fields.Count, reason);

    private void EndField()
    {
        _fields.Add(_field.ToString());
        _field.Clear();
        _state = State.FieldStart;
    }

    private CsvRecord EndRecord()
    {
        var record = new CsvRecord(_recordNumber, _fields, _problem);
        _fields = [];
        _problem = null;
        _inRecord = false;
        _state = State.FieldStart;
        return record;
    }
}
