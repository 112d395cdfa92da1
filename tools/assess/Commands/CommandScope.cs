using System.CommandLine;
using Assessment.Cli.Configuration;
using Assessment.Cli.Remote;
using Spectre.Console;

namespace Assessment.Cli.Commands;

/// <summary>What a command's action works with: its parse result, the consoles, the environment and the connection settings.</summary>
internal sealed class CommandScope(ParseResult parse, IAnsiConsole output, TextWriter error, CliEnvironment environment, ConnectionOptions connection)
{
    public ParseResult Parse => parse;

    public IAnsiConsole Output => output;

    public TextWriter Error => error;

    public CliEnvironment Environment => environment;

    public CliSettings Settings() => SettingsResolver.Resolve(parse, connection, environment);

    public GatewayConnection Connect() => new(Settings());

    public HttpGateway Http() => new(Settings());
}
