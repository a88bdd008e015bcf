using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CrossBorderBot.Channels.Teams;

/// <summary>
/// The Teams app package: <c>manifest.json</c> (from <c>deploymentTemplates/teams/</c>, embedded in the bot) with the
/// bot's Microsoft App ID filled in, plus the colour and outline icons, zipped as Teams expects (files at the root).
/// </summary>
public static class TeamsAppPackage
{
    public const string ManifestFile = "manifest.json";
    public const string ColorIconFile = "color.png";
    public const string OutlineIconFile = "outline.png";

    private const string ResourcePrefix = "CrossBorderBot.TeamsApp.";

    /// <summary>The manifest with <paramref name="botId"/> as the bot's and the message extension's bot id.</summary>
    public static JsonObject Manifest(string botId, string? appId = null)
    {
        if (!Guid.TryParse(botId, out _))
        {
            throw new ArgumentException($"The bot id must be the bot's Microsoft App ID (a GUID), not '{botId}'.", nameof(botId));
        }

        using var stream = Resource(ManifestFile);
        var manifest = JsonNode.Parse(stream)!.AsObject();
        foreach (var section in new[] { "bots", "composeExtensions" })
        {
            foreach (var entry in manifest[section]?.AsArray() ?? [])
            {
                entry!["botId"] = botId;
            }
        }

        if (appId is not null)
        {
            manifest["id"] = Guid.Parse(appId).ToString();
        }

        return manifest;
    }

    /// <summary>Writes the zipped package to <paramref name="output"/>.</summary>
    public static async Task WriteAsync(Stream output, string botId, string? appId, CancellationToken cancellationToken)
    {
        var manifest = Manifest(botId, appId);
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        await using (var entry = zip.CreateEntry(ManifestFile).Open())
        {
            await JsonSerializer.SerializeAsync(entry, manifest, new JsonSerializerOptions { WriteIndented = true }, cancellationToken).ConfigureAwait(false);
        }

        foreach (var icon in new[] { ColorIconFile, OutlineIconFile })
        {
            await using var entry = zip.CreateEntry(icon).Open();
            await using var source = Resource(icon);
            await source.CopyToAsync(entry, cancellationToken).ConfigureAwait(false);
        }
    }

    private static Stream Resource(string file) =>
        typeof(TeamsAppPackage).Assembly.GetManifestResourceStream(ResourcePrefix + file)
        ?? throw new InvalidOperationException($"The Teams app template file '{file}' is not embedded in the bot.");
}
