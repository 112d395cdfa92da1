using System.Text.Json;
using Assessment.ServiceDefaults.Health;
using YamlDotNet.RepresentationModel;
using static Assessment.Deploy.Tests.KubernetesManifests;

namespace Assessment.Deploy.Tests;

/// <summary>deploy/k8s checked against the AppHost (its Aspire manifest, regenerated now) and against the services' code.</summary>
public sealed class DeploymentManifestTests
{
    private const int HttpPort = 8080;
    private const int GrpcPort = 8081;

    public static TheoryData<string> Services() => new(AspireManifest.Projects.Select(p => p.Name));

    [Fact]
    public void The_AppHost_has_the_four_services_deployed()
    {
        Assert.Equal(["gateway", "indicators", "reporting", "scoring"], AspireManifest.Projects.Select(p => p.Name).Order());
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void Every_service_has_a_deployment_a_service_an_autoscaler_and_a_disruption_budget(string service)
    {
        var deployment = Single("Deployment", service);
        Assert.Equal($"assessment/{service}", Text(Container(deployment), "image"));
        Assert.NotNull(Find("Service", service));
        Assert.NotNull(Find("PodDisruptionBudget", service));

        var autoscaler = Single("HorizontalPodAutoscaler", service);
        Assert.Equal(service, Text(autoscaler, "spec", "scaleTargetRef", "name"));
        var min = int.Parse(Text(autoscaler, "spec", "minReplicas")!);
        var max = int.Parse(Text(autoscaler, "spec", "maxReplicas")!);
        Assert.True(min >= 2 && max > min, $"{service}: {min}..{max} replicas; at least two, so one can go while the other serves");
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void Every_service_listens_on_the_endpoints_the_AppHost_gives_it(string service)
    {
        var project = AspireManifest.Projects.Single(p => p.Name == service);
        Assert.Equal(["grpc", "http"], project.Bindings.Order());

        var ports = Items(Container(Single("Deployment", service)), "ports").ToDictionary(p => Text(p, "name")!, p => int.Parse(Text(p, "containerPort")!));
        Assert.Equal(HttpPort, ports["http"]);
        Assert.Equal(GrpcPort, ports["grpc"]);

        var servicePorts = Items(Single("Service", service), "spec", "ports").ToDictionary(p => Text(p, "name")!, p => Text(p, "targetPort"));
        Assert.Equal("http", servicePorts["http"]);
        Assert.Equal("grpc", servicePorts["grpc"]);

        // The AppHost tells Kestrel each endpoint's URL and that the grpc one speaks HTTP/2 only; the ConfigMap must too.
        var config = ConfigMap();
        foreach (var key in project.Environment.Keys.Where(k => k.StartsWith("Kestrel__", StringComparison.Ordinal)))
        {
            Assert.True(config.ContainsKey(key), $"ConfigMap lacks {key}, which the AppHost sets for {service}");
        }

        Assert.Equal($"http://+:{HttpPort}", config["Kestrel__Endpoints__http__Url"]);
        Assert.Equal($"http://+:{GrpcPort}", config["Kestrel__Endpoints__grpc__Url"]);
        Assert.Equal(project.Environment["Kestrel__Endpoints__grpc__Protocols"], config["Kestrel__Endpoints__grpc__Protocols"]);
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void Every_service_is_probed_on_the_health_paths_it_serves(string service)
    {
        var container = Container(Single("Deployment", service));
        Assert.Equal(HealthEndpoints.Alive, Text(container, "startupProbe", "httpGet", "path"));
        Assert.Equal(HealthEndpoints.Alive, Text(container, "livenessProbe", "httpGet", "path"));
        Assert.Equal(HealthEndpoints.Health, Text(container, "readinessProbe", "httpGet", "path"));
        foreach (var probe in new[] { "startupProbe", "livenessProbe", "readinessProbe" })
        {
            Assert.Equal("http", Text(container, probe, "httpGet", "port"));
        }
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void Every_service_has_resource_requests_and_limits(string service)
    {
        var container = Container(Single("Deployment", service));
        foreach (var section in new[] { "requests", "limits" })
        {
            Assert.False(string.IsNullOrEmpty(Text(container, "resources", section, "cpu")), $"{service}: no {section} cpu");
            Assert.False(string.IsNullOrEmpty(Text(container, "resources", section, "memory")), $"{service}: no {section} memory");
        }
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void Every_setting_the_code_reads_reaches_the_pods(string service)
    {
        var project = AspireManifest.Projects.Single(p => p.Name == service);
        var available = SettingsOf(service);
        var read = SettingsReadByCode.For(project.ProjectDirectory);

        var missing = read.Where(key => !available.Contains(key)).ToList();
        Assert.True(missing.Count == 0, $"{service} reads {string.Join(", ", missing)}, which its pods are not given");
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void Every_setting_the_AppHost_wires_reaches_the_pods(string service)
    {
        var project = AspireManifest.Projects.Single(p => p.Name == service);
        var available = SettingsOf(service);
        var wired = project.Environment.Keys.Where(k =>
            k.StartsWith("ConnectionStrings__", StringComparison.Ordinal) || k.StartsWith("services__", StringComparison.Ordinal) || k.StartsWith("Auth__", StringComparison.Ordinal)
            || k.StartsWith("DOTNET_", StringComparison.Ordinal));
        var missing = wired.Where(key => !available.Contains(key)).ToList();
        Assert.True(missing.Count == 0, $"the AppHost gives {service} {string.Join(", ", missing)}, which deploy/k8s does not");
    }

    [Fact]
    public void Secrets_are_referenced_by_key_and_no_value_is_in_the_repository()
    {
        var template = SecretTemplate();
        Assert.Equal("assessment-secrets", Text(template, "metadata", "name"));
        var values = ((YamlMappingNode)Node(template, "stringData")!).Children.ToDictionary(c => ((YamlScalarNode)c.Key).Value!, c => ((YamlScalarNode)c.Value).Value ?? "");
        foreach (var (key, value) in values)
        {
            Assert.Matches(@"^\$\{[A-Z_]+\}$", value);
            Assert.DoesNotContain(key, ConfigMap().Keys);
        }

        var referenced = All.Where(o => Text(o, "kind") == "Deployment")
            .SelectMany(d => Items(Container(d), "env"))
            .Select(e => (Secret: Text(e, "valueFrom", "secretKeyRef", "name"), Key: Text(e, "valueFrom", "secretKeyRef", "key")))
            .Where(r => r.Secret is not null)
            .ToList();
        Assert.NotEmpty(referenced);
        Assert.All(referenced, r => Assert.Equal("assessment-secrets", r.Secret));
        Assert.All(referenced, r => Assert.Contains(r.Key!, values.Keys));
        Assert.DoesNotContain("secret.template.yaml", AppliedFiles());
    }

    [Fact]
    public void Managed_servers_are_external_and_the_broker_defaults_to_quorum_queues()
    {
        foreach (var server in new[] { "postgres", "redis", "rabbitmq" })
        {
            Assert.Equal("ExternalName", Text(Single("Service", server), "spec", "type"));
            Assert.Null(Find("Deployment", server));
            Assert.Null(Find("StatefulSet", server));
        }

        using var definitions = JsonDocument.Parse(File.ReadAllText(Repository.Path("deploy", "rabbitmq", "definitions.json")));
        var vhost = definitions.RootElement.GetProperty("vhosts").EnumerateArray().Single();
        Assert.Equal("quorum", vhost.GetProperty("metadata").GetProperty("default_queue_type").GetString());
        Assert.Contains("SetQuorumQueue()", File.ReadAllText(Repository.Path("ServiceDefaults", "Messaging", "DurableConsumerDefinition.cs")));
    }

    private static YamlMappingNode Container(YamlMappingNode deployment) =>
        Items(deployment, "spec", "template", "spec", "containers").Single();

    private static Dictionary<string, string> ConfigMap() =>
        ((YamlMappingNode)Node(Single("ConfigMap", "assessment-config"), "data")!).Children
        .ToDictionary(c => ((YamlScalarNode)c.Key).Value!, c => ((YamlScalarNode)c.Value).Value ?? "");

    /// <summary>The settings a service's pods get: its env entries and every key of the ConfigMaps it takes whole.</summary>
    private static HashSet<string> SettingsOf(string service)
    {
        var container = Container(Single("Deployment", service));
        var keys = Items(container, "env").Select(e => Text(e, "name")!).ToHashSet(StringComparer.Ordinal);
        foreach (var source in Items(container, "envFrom"))
        {
            var name = Text(source, "configMapRef", "name") ?? throw new Xunit.Sdk.XunitException($"{service}: envFrom other than a ConfigMap");
            keys.UnionWith(((YamlMappingNode)Node(Single("ConfigMap", name), "data")!).Children.Select(c => ((YamlScalarNode)c.Key).Value!));
        }

        return keys;
    }
}
