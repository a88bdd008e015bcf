using CrossBorderBot.Tests.TestUtilities;
using YamlDotNet.RepresentationModel;

namespace CrossBorderBot.Tests.Slack;

/// <summary>The Slack app manifest in deploymentTemplates/slack must point Slack at the endpoints the bot serves.</summary>
public sealed class SlackManifestTests
{
    private static YamlMappingNode LoadManifest()
    {
        using var reader = new StreamReader(RepositoryCheckout.PathOf("deploymentTemplates/slack/manifest.yaml"));
        var yaml = new YamlStream();
        yaml.Load(reader);
        return (YamlMappingNode)yaml.Documents[0].RootNode;
    }

    private static string Scalar(YamlNode node, params string[] path)
    {
        foreach (var key in path)
        {
            node = ((YamlMappingNode)node).Children[new YamlScalarNode(key)];
        }

        return ((YamlScalarNode)node).Value!;
    }

    private static IEnumerable<string> Sequence(YamlNode node, params string[] path)
    {
        foreach (var key in path)
        {
            node = ((YamlMappingNode)node).Children[new YamlScalarNode(key)];
        }

        return ((YamlSequenceNode)node).Children.Select(child => ((YamlScalarNode)child).Value!);
    }

    [Fact]
    public void The_manifest_sends_events_clicks_and_the_slash_command_to_the_bots_endpoints()
    {
        var manifest = LoadManifest();

        Assert.Equal("https://YOUR-BOT-HOST/api/slack/events", Scalar(manifest, "settings", "event_subscriptions", "request_url"));
        Assert.Equal("https://YOUR-BOT-HOST/api/slack/interactions", Scalar(manifest, "settings", "interactivity", "request_url"));
        var command = (YamlMappingNode)((YamlSequenceNode)((YamlMappingNode)manifest.Children[new YamlScalarNode("features")]).Children[new YamlScalarNode("slash_commands")]).Children.Single();
        Assert.Equal("/crossborder", Scalar(command, "command"));
        Assert.Equal("https://YOUR-BOT-HOST/api/slack/commands", Scalar(command, "url"));
    }

    [Fact]
    public void The_manifest_asks_for_the_events_and_scopes_the_adapter_relies_on()
    {
        var manifest = LoadManifest();

        var events = Sequence(manifest, "settings", "event_subscriptions", "bot_events").ToList();
        var scopes = Sequence(manifest, "oauth_config", "scopes", "bot").ToList();

        Assert.All(new[] { "app_mention", "message.im", "message.channels" }, name => Assert.Contains(name, events));
        Assert.All(
            new[] { "chat:write", "commands", "app_mentions:read", "im:history", "im:read", "im:write", "channels:history", "groups:history" },
            scope => Assert.Contains(scope, scopes));
    }
}
