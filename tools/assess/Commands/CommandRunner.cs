using System.CommandLine;
using Assessment.Cli.Configuration;
using Assessment.Cli.Output;
using Assessment.Cli.Csv;
using Assessment.Cli.Input;
using Assessment.Cli.Remote;
using Grpc.Core;

namespace Assessment.Cli.Commands;

/// <summary>Runs a command's action and turns the failures every command shares into a message on stderr and an exit code.</summary>
internal sealed class CommandRunner(CliEnvironment environment, ConnectionOptions connection)
{
    public void SetAction(Command command, Func<CommandScope, CancellationToken, Task<int>> action) =>
        command.SetAction((parse, cancellationToken) => RunAsync(parse, action, cancellationToken));

    private async Task<int> RunAsync(ParseResult parse, Func<CommandScope, CancellationToken, Task<int>> action, CancellationToken cancellationToken)
    {
        var stdout = parse.InvocationConfiguration.Output;
        var stderr = parse.InvocationConfiguration.Error;
        var isTerminal = ReferenceEquals(stdout, System.Console.Out) && !System.Console.IsOutputRedirected;
        var scope = new CommandScope(parse, ConsoleFactory.Create(stdout, isTerminal), stderr, environment, connection);
        try
        {
            return await action(scope, cancellationToken);
        }
        catch (CommandFailure e)
        {
            await stderr.WriteLineAsync("error: " + e.Message);
            return e.ExitCode;
        }
        catch (ConfigurationException e)
        {
            await stderr.WriteLineAsync("error: " + e.Message);
            return ExitCodes.Usage;
        }
        catch (Exception e) when (e is InputException or CsvFormatException or IOException or UnauthorizedAccessException)
        {
            await stderr.WriteLineAsync("error: " + e.Message);
            return ExitCodes.Usage;
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.Cancelled && cancellationToken.IsCancellationRequested)
        {
            await stderr.WriteLineAsync("interrupted: nothing more was sent; run the same command again to finish");
            return ExitCodes.Interrupted;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await stderr.WriteLineAsync("interrupted: nothing more was sent; run the same command again to finish");
            return ExitCodes.Interrupted;
        }
        catch (RpcException e)
        {
            await stderr.WriteLineAsync("error: " + RpcFailure.Describe(e, SafeAddress(scope)));
            return RpcFailure.ExitCode(e);
        }
        catch (HttpFailure e)
        {
            await stderr.WriteLineAsync("error: " + e.Message);
            if (e.Hint is { } hint)
            {
                await stderr.WriteLineAsync("hint: " + hint);
            }

            return e.ExitCode;
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested && e.InnerException is TimeoutException)
        {
            await stderr.WriteLineAsync($"error: the gateway at {SafeHttpAddress(scope)} did not answer within {HttpGateway.HeadersTimeout.TotalMinutes:0} minutes; run the command again");
            return ExitCodes.Connection;
        }
        catch (HttpUnreachable e)
        {
            await stderr.WriteLineAsync("error: " + e.Message);
            return ExitCodes.Connection;
        }
        catch (HttpRequestException e)
        {
            await stderr.WriteLineAsync($"error: cannot reach the gateway at {SafeAddress(scope)}: {e.Message}");
            return ExitCodes.Connection;
        }
    }

    private static Uri SafeHttpAddress(CommandScope scope)
    {
        try
        {
            return scope.Settings().GatewayHttp;
        }
        catch (ConfigurationException)
        {
            return new Uri(CliSettings.DefaultGatewayHttp);
        }
    }

    private static Uri SafeAddress(CommandScope scope)
    {
        try
        {
            return scope.Settings().GatewayGrpc;
        }
        catch (ConfigurationException)
        {
            return new Uri(CliSettings.DefaultGatewayGrpc);
        }
    }
}
