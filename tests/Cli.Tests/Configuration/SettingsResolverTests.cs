using Assessment.Cli.Configuration;

namespace Assessment.Cli.Tests.Configuration;

public class SettingsResolverTests
{
    private static CliSettings Resolve(CliEnvironment environment, params string[] args)
    {
        var connection = new ConnectionOptions();
        var root = new System.CommandLine.RootCommand();
        foreach (var option in connection.All)
        {
            root.Options.Add(option);
        }

        return SettingsResolver.Resolve(root.Parse(args), connection, environment);
    }

    private static string ConfigFile(string json)
    {
        var path = Path.Combine(Path.GetTempPath(), "assess-config-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, json);
        return path;
    }

    [Fact]
    public void Defaults_to_the_local_gateway_and_no_token()
    {
        var settings = Resolve(TestEnvironment.With());

        Assert.Equal(new Uri("http://localhost:5081"), settings.GatewayGrpc);
        Assert.Equal(new Uri("http://localhost:5080"), settings.GatewayHttp);
        Assert.Null(settings.Token);
    }

    [Fact]
    public void Options_win_over_environment_which_wins_over_the_config_file()
    {
        var file = ConfigFile("""{"gateway": "http://file:1", "gatewayHttp": "http://file:2", "token": "file-token"}""");
        var environment = TestEnvironment.With(new Dictionary<string, string> { ["ASSESS_GATEWAY"] = "http://env:1", ["ASSESS_TOKEN"] = "env-token" }, file);

        var fromEverywhere = Resolve(environment, "--token", "option-token");

        Assert.Equal(new Uri("http://env:1"), fromEverywhere.GatewayGrpc);
        Assert.Equal(new Uri("http://file:2"), fromEverywhere.GatewayHttp);
        Assert.Equal("option-token", fromEverywhere.Token);
        Assert.Equal("file-token", Resolve(TestEnvironment.With(configFile: file)).Token);
    }

    [Fact]
    public void A_broken_config_file_or_address_is_a_configuration_error()
    {
        Assert.Throws<ConfigurationException>(() => Resolve(TestEnvironment.With(configFile: ConfigFile("{not json"))));
        Assert.Throws<ConfigurationException>(() => Resolve(TestEnvironment.With(), "--gateway", "localhost:5081"));
    }

    [Fact]
    public void The_config_file_lives_under_xdg_config_home_or_home()
    {
        Assert.Equal("/x/assess/config.json", CliEnvironment.DefaultConfigFile(n => n == "XDG_CONFIG_HOME" ? "/x" : null));
        Assert.Equal("/home/u/.config/assess/config.json", CliEnvironment.DefaultConfigFile(n => n == "HOME" ? "/home/u" : null));
        Assert.Equal("/etc/a.json", CliEnvironment.DefaultConfigFile(n => n == "ASSESS_CONFIG" ? "/etc/a.json" : null));
    }
}
