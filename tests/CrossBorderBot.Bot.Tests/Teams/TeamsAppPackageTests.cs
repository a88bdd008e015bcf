using System.IO.Compression;
using System.Text.Json.Nodes;
using CrossBorderBot.Channels.Teams;
using Json.Schema;

namespace CrossBorderBot.Tests.Teams;

/// <summary>The Teams app manifest is valid against the official schema, and the package command fills in the bot id.</summary>
public sealed class TeamsAppPackageTests
{
    private const string BotId = "5b0f3a1e-8c2d-4e6f-a1b3-c5d7e9f1a2b4";

    private static readonly Lazy<JsonSchema> Schema = new(() =>
    {
        var schema = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TeamsApp", "MicrosoftTeams.schema.json")))!.AsObject();

        // The schema says draft-04, which JsonSchema.Net does not implement; it uses only keywords that draft-07 reads
        // the same way (see deploymentTemplates/teams/schema/NOTICE.md).
        schema["$schema"] = "http://json-schema.org/draft-07/schema#";
        return JsonSchema.FromText(schema.ToJsonString());
    });

    [Fact]
    public void The_manifest_template_is_valid_against_the_teams_schema()
    {
        var template = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TeamsApp", "manifest.json")));

        AssertValid(template);
        Assert.Equal("1.24", (string?)template!["manifestVersion"]);
        Assert.EndsWith("/v1.24/MicrosoftTeams.schema.json", (string?)template["$schema"], StringComparison.Ordinal);
    }

    [Fact]
    public void The_manifest_declares_the_bot_scopes_and_the_search_command()
    {
        var manifest = TeamsAppPackage.Manifest(BotId);

        var bot = manifest["bots"]![0]!;
        Assert.Equal(BotId, (string?)bot["botId"]);
        Assert.Equal(["personal", "team", "groupChat"], bot["scopes"]!.AsArray().Select(s => (string?)s));
        var extension = manifest["composeExtensions"]![0]!;
        Assert.Equal(BotId, (string?)extension["botId"]);
        var command = extension["commands"]![0]!;
        Assert.Equal(TeamsKnowledgeSearchExtension.CommandId, (string?)command["id"]);
        Assert.Equal("query", (string?)command["type"]);
        Assert.Equal(TeamsKnowledgeSearchExtension.QueryParameter, (string?)command["parameters"]![0]!["name"]);
        Assert.Empty(manifest["validDomains"]!.AsArray());
    }

    [Fact]
    public void The_schema_check_rejects_a_broken_manifest()
    {
        var manifest = TeamsAppPackage.Manifest(BotId);
        manifest["bots"]![0]!["botId"] = "my-bot";
        manifest.Remove("icons");

        var result = Schema.Value.Evaluate(System.Text.Json.JsonSerializer.SerializeToElement(manifest), new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.False(result.IsValid);
    }

    [Fact]
    public async Task The_package_command_zips_the_manifest_with_the_configured_bot_id_and_both_icons()
    {
        var dir = Directory.CreateTempSubdirectory("teams-package-");
        try
        {
            var zipPath = Path.Combine(dir.FullName, "app.zip");
            using var output = new StringWriter();
            using var error = new StringWriter();

            var exit = await TeamsPackageCommand.RunAsync(["--out", zipPath, $"--MicrosoftAppId={BotId}"], output, error, CancellationToken.None);

            Assert.True(exit == 0, error.ToString());
            using var zip = ZipFile.OpenRead(zipPath);
            Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order());
            JsonNode? manifest;
            using (var reader = new StreamReader(zip.GetEntry("manifest.json")!.Open()))
            {
                manifest = JsonNode.Parse(await reader.ReadToEndAsync());
            }

            AssertValid(manifest);
            Assert.Equal(BotId, (string?)manifest!["bots"]![0]!["botId"]);
            Assert.Equal(BotId, (string?)manifest["composeExtensions"]![0]!["botId"]);
            Assert.Equal((192, 192), PngSize(zip.GetEntry("color.png")!));
            Assert.Equal((32, 32), PngSize(zip.GetEntry("outline.png")!));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task The_package_command_refuses_to_run_without_a_bot_id()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await TeamsPackageCommand.RunAsync(["--out", Path.Combine(Path.GetTempPath(), "never-written.zip"), "--MicrosoftAppId="], output, error, CancellationToken.None);

        Assert.Equal(2, exit);
        Assert.Contains("MicrosoftAppId", error.ToString(), StringComparison.Ordinal);
    }

    private static void AssertValid(JsonNode? manifest)
    {
        var result = Schema.Value.Evaluate(System.Text.Json.JsonSerializer.SerializeToElement(manifest), new EvaluationOptions { OutputFormat = OutputFormat.List });
        var errors = (result.Details ?? [])
            .Where(detail => detail.Errors is { Count: > 0 })
            .SelectMany(detail => detail.Errors!.Select(e => $"{detail.InstanceLocation}: {e.Value}"));
        Assert.True(result.IsValid, "Manifest is not valid:\n" + string.Join('\n', errors));
    }

    /// <summary>Width and height from the PNG header (IHDR), and a check that it has an alpha channel.</summary>
    private static (int Width, int Height) PngSize(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        var header = new byte[26];
        stream.ReadExactly(header);
        Assert.Equal(0x89, header[0]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(header, 12, 4));
        Assert.Equal(6, header[25]);
        return (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(16)), System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(20)));
    }
}
