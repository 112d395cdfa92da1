using System.Text;

namespace Assessment.Cli.Csv;

/// <summary>
/// RFC 4180 reader: fields separated by commas, optionally enclosed in double quotes; inside quotes commas and
/// line breaks are data and "" is one quote. CRLF or LF line ends. Every row must have as many fields as the header.
/// </summary>
internal static class CsvReader
{
    public static CsvTable Read(TextReader reader, string fileName)
    {
        var records = new List<CsvRow>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var inQuotes = false;
        var fieldStarted = false;
        var quotedField = false;
        int ch;
        while ((ch = reader.Read()) != -1)
        {
            var c = (char)ch;
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        field.Append('"');
                    }
                    else
                    {
                        inQuotes = false;
                    }
                }
                else
                {
                    if (c == '\n')
                    {
                        line++;
                    }
                    field.Append(c);
                }
                continue;
            }
            switch (c)
            {
                case '"' when !fieldStarted:
                    inQuotes = true;
                    fieldStarted = true;
                    quotedField = true;
                    break;
                case '"':
                    throw new CsvFormatException(fileName, line, fields.Count + 1, "a double quote inside an unquoted field; enclose the field in quotes and write the quote as \"\"");
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    fieldStarted = false;
                    quotedField = false;
                    break;
                case '\r':
                    break;
                case '\n':
                    EndRecord();
                    line++;
                    recordLine = line;
                    break;
                default:
                    if (quotedField)
                    {
                        throw new CsvFormatException(fileName, line, fields.Count + 1, $"text '{c}' after the closing quote of a quoted field");
                    }
                    field.Append(c);
                    fieldStarted = true;
                    break;
            }
        }
        if (inQuotes)
        {
            throw new CsvFormatException(fileName, recordLine, fields.Count + 1, "a quoted field is not closed before the end of the file");
        }
        if (fieldStarted || fields.Count > 0)
        {
            EndRecord();
        }
        if (records.Count == 0)
        {
            throw new CsvFormatException(fileName, 1, 1, "the file is empty; expected a header row");
        }
        var header = records[0].Fields;
        for (var r = 1; r < records.Count; r++)
        {
            if (records[r].Fields.Count != header.Count)
            {
                throw new CsvFormatException(fileName, records[r].Line, Math.Min(records[r].Fields.Count, header.Count) + 1,
                    $"row has {records[r].Fields.Count} fields but the header has {header.Count}");
            }
        }
        return new CsvTable(fileName, header, records.Skip(1).ToList());

        void EndRecord()
        {
            fields.Add(field.ToString());
            field.Clear();
            fieldStarted = false;
            quotedField = false;
            // A blank line (one empty field) is not a record.
            if (!(fields.Count == 1 && fields[0].Length == 0))
            {
                records.Add(new CsvRow(recordLine, fields.ToArray()));
            }
            fields.Clear();
        }
    }
}
