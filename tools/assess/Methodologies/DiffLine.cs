namespace Assessment.Cli.Methodologies;

/// <summary>One difference between two methodology versions: in which section, added (+), removed (-) or changed (~), and what.</summary>
internal sealed record DiffLine(string Section, char Mark, string Text)
{
    public const char Added = '+';
    public const char Removed = '-';
    public const char Changed = '~';
}
