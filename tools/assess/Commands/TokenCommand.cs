using System.CommandLine;
using Assessment.Cli.Configuration;
using Assessment.ServiceDefaults.Security;

namespace Assessment.Cli.Commands;

/// <summary>
/// `assess token issue|list|revoke`: credentials for the system. `issue` signs offline with the system's key (read from
/// an environment variable, never the command line; how the first admin token is made) or, with --register, asks the
/// credentials registry to issue one that is listed and can be revoked.
/// </summary>
internal static class TokenCommand
{
    private static readonly string[] KnownRoles = [Roles.Reporter, Roles.MethodologyAdmin, Roles.Analyst, Roles.Cso, Roles.Service];

    public static Command Create(CommandRunner runner)
    {
        var command = new Command("token", """
            Credentials for the system (admins): issue, list and revoke. A revoked token is refused by every service within
            seconds, without restarts.

            Examples:
              assess token issue --subject centre-admin --role methodology-admin --lifetime 12h --signing-key-env ASSESS_SIGNING_KEY
              assess token issue --register --kind client --subject akmola-stat --role reporter --body KZ-11 --lifetime 90d
              assess token list --subject akmola-stat
              assess token revoke --subject akmola-stat --reason "system replaced"
            """);
        command.Subcommands.Add(Issue(runner));
        command.Subcommands.Add(TokenRegistryCommands.List(runner));
        command.Subcommands.Add(TokenRegistryCommands.Revoke(runner));
        return command;
    }

    private static Command Issue(CommandRunner runner)
    {
        var subject = new Option<string>("--subject") { Description = "Who the token is for (claim sub; kept in the audit trail)", Required = true };
        var roles = new Option<string[]>("--role") { Description = $"Role(s): {string.Join(", ", KnownRoles)}", Required = true, AllowMultipleArgumentsPerToken = true };
        var bodies = new Option<string[]>("--body") { Description = "Body code(s) a reporter may report for (a region's code covers its districts)", AllowMultipleArgumentsPerToken = true };
        var lifetime = new Option<string>("--lifetime") { Description = "How long the token is valid: 30d, 12h, 90m (at most 366d)", DefaultValueFactory = _ => "30d" };
        var keyVariable = new Option<string?>("--signing-key-env") { Description = "Offline: name of the environment variable holding the signing key (the key itself never goes on a command line)" };
        var register = new Option<bool>("--register") { Description = "Ask the credentials registry to issue it (needs an admin --token); it can then be listed and revoked" };
        var kind = new Option<string>("--kind") { Description = "With --register: client (a regional or ministry system) or person", DefaultValueFactory = _ => "person" };
        var description = new Option<string>("--description") { Description = "With --register: what the credential is for (kept in the audit trail)", DefaultValueFactory = _ => string.Empty };
        kind.AcceptOnlyFromAmong("client", "person");
        var issuer = new Option<string>("--issuer") { Description = "Token issuer (the system's Auth:Issuer)", DefaultValueFactory = _ => new AuthOptions().Issuer };
        var audience = new Option<string>("--audience") { Description = "Token audience (the system's Auth:Audience)", DefaultValueFactory = _ => new AuthOptions().Audience };
        roles.Validators.Add(result =>
        {
            foreach (var role in result.GetValueOrDefault<string[]>() ?? [])
            {
                if (!KnownRoles.Contains(role, StringComparer.Ordinal))
                {
                    result.AddError($"--role {role}: unknown role; use one of {string.Join(", ", KnownRoles)}");
                }
            }
        });
        lifetime.Validators.Add(result =>
        {
            if (!LifetimeText.TryParse(result.GetValueOrDefault<string>() ?? string.Empty, out _))
            {
                result.AddError("--lifetime: write a number and d, h or m, e.g. 30d, 12h, 90m (at most 366d)");
            }
        });

        var command = new Command("issue", """
            Print a JWT with claims sub, role, body and jti. Offline (--signing-key-env) it is signed here with the
            system's HMAC key (HS256, at least 32 characters), read from the named environment variable: this is how
            the first admin token is made. With --register the registry signs and records it; revoke it later by its id.

            Examples:
              read -rs ASSESS_SIGNING_KEY && export ASSESS_SIGNING_KEY
              assess token issue --subject akmola-stat --role reporter --body KZ-11 --signing-key-env ASSESS_SIGNING_KEY
              assess token issue --subject centre-admin --role methodology-admin --lifetime 12h --signing-key-env ASSESS_SIGNING_KEY > token
              assess token issue --register --kind client --subject akmola-stat --role reporter --body KZ-11 --description "Akmola statistics office"
            """)
        {
            subject, roles, bodies, lifetime, keyVariable, issuer, audience, register, kind, description,
        };

        runner.SetAction(command, async (scope, cancellationToken) =>
        {
            if (scope.Parse.GetValue(register))
            {
                if (scope.Parse.GetValue(keyVariable) is not null)
                {
                    throw new ConfigurationException("--register and --signing-key-env: choose one; the registry signs registered tokens itself");
                }

                return await TokenRegistryCommands.IssueRegisteredAsync(scope, new TokenRegistryCommands.Registration(
                    scope.Parse.GetValue(subject)!, scope.Parse.GetValue(kind)!, scope.Parse.GetValue(roles)!, scope.Parse.GetValue(bodies) ?? [],
                    scope.Parse.GetValue(lifetime)!, scope.Parse.GetValue(description)!), cancellationToken);
            }

            var variable = scope.Parse.GetValue(keyVariable)
                ?? throw new ConfigurationException("give --signing-key-env VARIABLE to sign offline, or --register to have the registry issue the token");
            var key = scope.Environment.Variable(variable);
            if (string.IsNullOrEmpty(key))
            {
                throw new ConfigurationException($"--signing-key-env {variable}: the environment variable {variable} is not set");
            }

            if (key.Length < 32)
            {
                throw new ConfigurationException($"--signing-key-env {variable}: the key has {key.Length} characters; the system's key has at least 32");
            }

            LifetimeText.TryParse(scope.Parse.GetValue(lifetime)!, out var valid);
            var options = new AuthOptions { SigningKey = key, Issuer = scope.Parse.GetValue(issuer)!, Audience = scope.Parse.GetValue(audience)! };
            var token = new TokenIssuer(options, scope.Environment.Time).Issue(
                scope.Parse.GetValue(subject)!, scope.Parse.GetValue(roles)!, scope.Parse.GetValue(bodies) ?? [], valid);
            scope.Output.Profile.Out.Writer.WriteLine(token);
            await scope.Error.WriteLineAsync($"token for {scope.Parse.GetValue(subject)} valid until {scope.Environment.Time.GetUtcNow().Add(valid):yyyy-MM-dd HH:mm}Z");
            return ExitCodes.Ok;
        });
        return command;
    }
}
