namespace Assessment.Cli.Configuration;

/// <summary>The settings are missing or wrong (exit code 2); the message says which and where to set them.</summary>
internal sealed class ConfigurationException(string message) : Exception(message);
