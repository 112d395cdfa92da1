using Assessment.ServiceDefaults.Security;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Assessment.Cli.Tests.Commands;

public class TokenCommandTests
{
    private const string Key = "a-test-signing-key-of-at-least-32-characters";

    [Fact]
    public async Task Issues_a_token_the_system_accepts_with_subject_role_bodies_and_lifetime()
    {
        var environment = TestEnvironment.With(new Dictionary<string, string> { ["KEY_VAR"] = Key });

        var (exit, output, _) = await TestEnvironment.RunAsync(environment,
            "token", "issue", "--subject", "akmola-stat", "--role", "reporter", "--body", "KZ-11", "KZ-15", "--lifetime", "30d", "--signing-key-env", "KEY_VAR");

        Assert.Equal(ExitCodes.Ok, exit);
        var handler = new JsonWebTokenHandler();
        var validation = await handler.ValidateTokenAsync(output.Trim(), new TokenValidationParameters
        {
            ValidIssuer = "assessment",
            ValidAudience = "assessment-api",
            IssuerSigningKey = TokenIssuer.SigningKey(new AuthOptions { SigningKey = Key }),
            ValidateLifetime = false,
        });
        Assert.True(validation.IsValid, validation.Exception?.Message);
        var token = (JsonWebToken)validation.SecurityToken;
        Assert.Equal("akmola-stat", token.Subject);
        Assert.Equal(["KZ-11", "KZ-15"], token.Claims.Where(c => c.Type == "body").Select(c => c.Value));
        Assert.Equal("reporter", token.Claims.Single(c => c.Type == "role").Value);
        Assert.Equal(TimeSpan.FromDays(30), token.ValidTo - token.IssuedAt);
    }

    [Fact]
    public async Task Refuses_when_the_key_variable_is_not_set()
    {
        var (exit, output, error) = await TestEnvironment.RunAsync(TestEnvironment.With(),
            "token", "issue", "--subject", "s", "--role", "reporter", "--signing-key-env", "NOT_SET");

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Empty(output);
        Assert.Contains("NOT_SET", error);
    }

    [Theory]
    [InlineData("--role", "superuser")]
    [InlineData("--lifetime", "forever")]
    public async Task Refuses_unknown_roles_and_unreadable_lifetimes(string option, string value)
    {
        var environment = TestEnvironment.With(new Dictionary<string, string> { ["KEY_VAR"] = Key });
        string[] args = option == "--role"
            ? ["token", "issue", "--subject", "s", "--role", value, "--signing-key-env", "KEY_VAR"]
            : ["token", "issue", "--subject", "s", "--role", "reporter", option, value, "--signing-key-env", "KEY_VAR"];

        var (exit, _, error) = await TestEnvironment.RunAsync(environment, args);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains(option, error);
    }

    [Theory]
    [InlineData("30d", 30 * 24 * 60)]
    [InlineData("12h", 12 * 60)]
    [InlineData("90m", 90)]
    public void Reads_lifetimes(string text, int minutes)
    {
        Assert.True(Assessment.Cli.Commands.LifetimeText.TryParse(text, out var lifetime));
        Assert.Equal(TimeSpan.FromMinutes(minutes), lifetime);
    }
}
