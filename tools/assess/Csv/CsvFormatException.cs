namespace Assessment.Cli.Csv;

/// <summary>A malformed CSV file, with where (file, line, field) and why.</summary>
internal sealed class CsvFormatException(string file, int line, int field, string why)
    : Exception($"{file}: line {line}, field {field}: {why}");
