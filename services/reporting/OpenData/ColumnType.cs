namespace Assessment.Reporting.OpenData;

/// <summary>Column types as the columns description names them (close to CSVW / Frictionless table schema).</summary>
public static class ColumnType
{
    public const string String = "string";
    public const string Integer = "integer";
    public const string Number = "number";
}
