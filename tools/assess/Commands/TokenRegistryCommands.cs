using System.CommandLine;
using Assessment.Cli.Configuration;
using Assessment.Contracts.Indicators;
using Spectre.Console;

namespace Assessment.Cli.Commands;

/// <summary>`assess token issue --register`, `token list` and `token revoke`: the credentials registry through the gateway (admins).</summary>
internal static class TokenRegistryCommands
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    internal sealed record Registration(string Subject, string Kind, string[] Roles, string[] Bodies, string Lifetime, string Description);

    public static async Task<int> IssueRegisteredAsync(CommandScope scope, Registration registration, CancellationToken cancellationToken)
    {
        LifetimeText.TryParse(registration.Lifetime, out var lifetime);
        if (lifetime.Ticks % TimeSpan.TicksPerDay != 0)
        {
            throw new ConfigurationException($"--lifetime {registration.Lifetime}: registered credentials last whole days, e.g. 30d");
        }

        using var connection = scope.Connect();
        var request = new IssueCredentialRequest
        {
            Subject = registration.Subject,
            Kind = registration.Kind == "client" ? CredentialKind.Client : CredentialKind.Person,
            Roles = { registration.Roles },
            Bodies = { registration.Bodies },
            LifetimeDays = (int)lifetime.TotalDays,
            Description = registration.Description,
        };
        var issued = await new Credentials.CredentialsClient(connection.Invoker).IssueCredentialAsync(request, connection.Call(Timeout, cancellationToken));
        scope.Output.Profile.Out.Writer.WriteLine(issued.Token);
        await scope.Error.WriteLineAsync($"registered token {issued.Credential.TokenId} for {issued.Credential.Subject}, valid until {issued.Credential.ExpiresAt}");
        return ExitCodes.Ok;
    }

    public static Command List(CommandRunner runner)
    {
        var subject = new Option<string?>("--subject") { Description = "Only this subject's credentials" };
        var includeRevoked = new Option<bool>("--include-revoked") { Description = "Show revoked credentials too" };
        var command = new Command("list", """
            List registered credentials: token id, subject, kind, roles, bodies, expiry and revocation.

            Examples:
              assess token list
              assess token list --subject akmola-stat --include-revoked
            """)
        {
            subject, includeRevoked,
        };
        runner.SetAction(command, async (scope, cancellationToken) =>
        {
            using var connection = scope.Connect();
            var response = await new Credentials.CredentialsClient(connection.Invoker).ListCredentialsAsync(
                new ListCredentialsRequest { Subject = scope.Parse.GetValue(subject) ?? string.Empty, IncludeRevoked = scope.Parse.GetValue(includeRevoked) },
                connection.Call(Timeout, cancellationToken));
            var table = new Table().Border(TableBorder.Simple).AddColumns("token id", "subject", "kind", "roles", "bodies", "expires", "revoked");
            foreach (var c in response.Credentials)
            {
                table.AddRow(Markup.Escape(c.TokenId), Markup.Escape(c.Subject), c.Kind.ToString().ToLowerInvariant(), Markup.Escape(string.Join(" ", c.Roles)),
                    Markup.Escape(string.Join(" ", c.Bodies)), Markup.Escape(c.ExpiresAt), Markup.Escape(c.RevokedAt));
            }

            scope.Output.Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }

    public static Command Revoke(CommandRunner runner)
    {
        var tokenId = new Option<string?>("--token-id") { Description = "Revoke one token (its jti; registered or issued offline)" };
        var subject = new Option<string?>("--subject") { Description = "Revoke every token of this subject issued until now" };
        var reason = new Option<string>("--reason") { Description = "Why (kept in the audit trail)", Required = true };
        var command = new Command("revoke", """
            Revoke a token or every token of a subject. Every service and the gateway refuse it within seconds, without
            restarts; tokens issued to the subject afterwards work.

            Examples:
              assess token revoke --token-id 3f2a9c... --reason "laptop stolen"
              assess token revoke --subject akmola-stat --reason "system replaced"
            """)
        {
            tokenId, subject, reason,
        };
        command.Validators.Add(result =>
        {
            if ((result.GetValue(tokenId) is null) == (result.GetValue(subject) is null))
            {
                result.AddError("name exactly one of --token-id and --subject");
            }
        });
        runner.SetAction(command, async (scope, cancellationToken) =>
        {
            using var connection = scope.Connect();
            var revocation = await new Credentials.CredentialsClient(connection.Invoker).RevokeCredentialAsync(new RevokeCredentialRequest
            {
                TokenId = scope.Parse.GetValue(tokenId) ?? string.Empty,
                Subject = scope.Parse.GetValue(subject) ?? string.Empty,
                Reason = scope.Parse.GetValue(reason)!,
            }, connection.Call(Timeout, cancellationToken));
            var what = revocation.TokenId.Length > 0 ? $"token {revocation.TokenId}" : $"every token of {revocation.Subject} issued until {revocation.RevokedAt}";
            scope.Output.Profile.Out.Writer.WriteLine($"revoked {what} (revocation {revocation.Sequence})");
            return ExitCodes.Ok;
        });
        return command;
    }
}
