namespace Assessment.Cli.Input;

/// <summary>Bad input data: the message names the file, row, column, value and why.</summary>
internal sealed class InputException(string message) : Exception(message)
{
    public static InputException At(string file, int line, string column, string value, string why) =>
        new($"{file}: row at line {line}, column '{column}', value '{value}': {why}");
}
