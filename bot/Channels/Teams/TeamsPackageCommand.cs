using CrossBorderBot.Commands;

namespace CrossBorderBot.Channels.Teams;

/// <summary>
/// <c>dotnet run --project bot -- teams-package [--out file.zip] [--app-id guid]</c>: builds the Teams app package
/// with the bot id taken from the bot's configuration (<c>MicrosoftAppId</c>: appsettings.json, environment
/// <c>MicrosoftAppId</c>, user secrets or <c>--MicrosoftAppId=…</c>). Returns the process exit code.
/// </summary>
public static class TeamsPackageCommand
{
    public const string Name = "teams-package";

    private const string Usage = """
        Usage: dotnet run --project bot -- teams-package [--out <file.zip>] [--app-id <guid>] [--MicrosoftAppId=<guid>]
          --out <file.zip>   where to write the package (default: crossborderbot-teams.zip in the current directory)
          --app-id <guid>    the Teams app id (default: the id in deploymentTemplates/teams/manifest.json)
        The bot id is the setting MicrosoftAppId (appsettings.json, environment variable, or --MicrosoftAppId=<guid>).
        """;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var arguments = CommandArguments.Parse(args, ["--out", "--app-id"]);
        if (arguments.WantsHelp)
        {
            await output.WriteLineAsync(Usage.AsMemory(), cancellationToken).ConfigureAwait(false);
            return 0;
        }

        var outFile = arguments.Value("--out") ?? "crossborderbot-teams.zip";
        var appId = arguments.Value("--app-id");

        // The same configuration sources as the bot itself, so the package names the bot that will answer.
        var configuration = CommandHost.CreateBuilder(arguments.Settings).Configuration;
        var botId = configuration["MicrosoftAppId"];
        if (string.IsNullOrWhiteSpace(botId) || !Guid.TryParse(botId, out _))
        {
            await error.WriteLineAsync(
                $"teams-package: MicrosoftAppId must be the bot's Microsoft App ID (a GUID); it is '{botId}'. Set it in appsettings.json, the environment (MicrosoftAppId) or with --MicrosoftAppId=<guid>."
                    .AsMemory(), cancellationToken).ConfigureAwait(false);
            return 2;
        }

        if (appId is not null && !Guid.TryParse(appId, out _))
        {
            await error.WriteLineAsync($"teams-package: --app-id must be a GUID, not '{appId}'.".AsMemory(), cancellationToken).ConfigureAwait(false);
            return 2;
        }

        var path = Path.GetFullPath(outFile);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using (var file = File.Create(path))
        {
            await TeamsAppPackage.WriteAsync(file, botId, appId, cancellationToken).ConfigureAwait(false);
        }

        await output.WriteLineAsync($"Teams app package for bot {botId} written to {path}".AsMemory(), cancellationToken).ConfigureAwait(false);
        return 0;
    }
}
