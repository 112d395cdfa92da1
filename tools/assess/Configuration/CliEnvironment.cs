namespace Assessment.Cli.Configuration;

/// <summary>
/// What the CLI takes from its surroundings: environment variables, where the config file is, whether standard error
/// is a terminal (progress bar or plain lines), and the clock. Tests pass their own instead of the process's.
/// </summary>
internal sealed record CliEnvironment(Func<string, string?> Variable, string ConfigFile, bool ErrorIsTerminal, TimeProvider Time)
{
    public const string ConfigVariable = "ASSESS_CONFIG";

    public static CliEnvironment FromProcess() =>
        From(Environment.GetEnvironmentVariable, !Console.IsErrorRedirected);

    public static CliEnvironment From(Func<string, string?> variable, bool errorIsTerminal) =>
        new(variable, DefaultConfigFile(variable), errorIsTerminal, TimeProvider.System);

    /// <summary>ASSESS_CONFIG, else $XDG_CONFIG_HOME/assess/config.json, else ~/.config/assess/config.json.</summary>
    public static string DefaultConfigFile(Func<string, string?> variable)
    {
        if (variable(ConfigVariable) is { Length: > 0 } explicitFile)
        {
            return explicitFile;
        }

        var configHome = variable("XDG_CONFIG_HOME") is { Length: > 0 } xdg
            ? xdg
            : Path.Combine(variable("HOME") ?? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".config");
        return Path.Combine(configHome, "assess", "config.json");
    }
}
