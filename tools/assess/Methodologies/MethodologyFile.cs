using Assessment.Cli.Input;
using Assessment.Scoring.Engine.Methodology;

namespace Assessment.Cli.Methodologies;

/// <summary>A methodology file read and validated by the engine, exactly as the scoring service does before registering it.</summary>
internal sealed record MethodologyFile(string Path, string Text, MethodologyLoadResult Load)
{
    public static MethodologyFile Read(FileInfo file)
    {
        if (!file.Exists)
        {
            throw new InputException($"{file.FullName}: file not found");
        }

        var text = File.ReadAllText(file.FullName);
        return new MethodologyFile(file.FullName, text, MethodologyLoader.Load(text));
    }

    public string Name => System.IO.Path.GetFileName(Path);

    /// <summary>One line per error, as compilers write them: FILE:LINE:COLUMN: path: message.</summary>
    public IEnumerable<string> ErrorLines() => Load.Errors.Select(e =>
        e.Mark.IsKnown ? $"{Name}:{e.Mark.Line}:{e.Mark.Column}: {Where(e.Path)}: {e.Message}" : $"{Name}: {Where(e.Path)}: {e.Message}");

    private static string Where(string path) => path.Length == 0 ? "(top level)" : path;
}
