using Spectre.Console;

namespace Assessment.Cli.Output;

/// <summary>
/// Spectre consoles over the writers the CLI was given: colours and Unicode on a terminal; plain ASCII and wide lines
/// (no wrapping in the middle of a reason) when the output goes to a file, a pipe or a test.
/// </summary>
internal static class ConsoleFactory
{
    public const int RedirectedWidth = 240;

    public static IAnsiConsole Create(TextWriter writer, bool isTerminal)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = isTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = isTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = isTerminal ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!isTerminal)
        {
            console.Profile.Width = RedirectedWidth;
            console.Profile.Capabilities.Unicode = false;
        }

        return console;
    }
}
