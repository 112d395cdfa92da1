using System.Text.Json;

namespace Assessment.Cli.Configuration;

/// <summary>~/.config/assess/config.json: {"gateway": "...", "gatewayHttp": "...", "token": "..."}; every key optional.</summary>
internal sealed record ConfigFile(string? Gateway, string? GatewayHttp, string? Token)
{
    public static readonly ConfigFile Empty = new(null, null, null);

    public static ConfigFile Read(string path)
    {
        if (!File.Exists(path))
        {
            return Empty;
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new ConfigurationException($"{path}: expected a JSON object such as {{\"gateway\": \"http://localhost:5081\", \"token\": \"...\"}}");
            }

            string? Text(params string[] names) => names
                .Select(n => document.RootElement.TryGetProperty(n, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null)
                .FirstOrDefault(v => v is not null);

            return new ConfigFile(Text("gateway"), Text("gatewayHttp", "gateway_http", "gateway-http"), Text("token"));
        }
        catch (JsonException e)
        {
            throw new ConfigurationException($"{path}: not valid JSON at line {e.LineNumber + 1}: {e.Message}");
        }
    }
}
