namespace CrossBorderBot.Channels.Slack;

/// <summary>
/// <c>/crossborder</c> and its subcommands. Each subcommand becomes what a user would have typed to the bot, so
/// the bot's own understanding starts the right guide; anything that is not a subcommand is taken as a question.
/// </summary>
public sealed record SlackSlashCommand(string? UserText, string Acknowledgement)
{
    public const string Name = "/crossborder";

    public const string Usage =
        "*" + Name + "* — your cross-border e-commerce assistant\n"
        + "• `" + Name + " readiness` — check your readiness to sell abroad\n"
        + "• `" + Name + " platform` — choose marketplaces or an own store\n"
        + "• `" + Name + " logistics` — choose a shipping channel\n"
        + "• `" + Name + " fix` — fix an issue (customs hold, certification, VAT, IP complaint…)\n"
        + "• `" + Name + " ask <question>` — ask a question\n"
        + "• `" + Name + " help` — this list\n"
        + "You can also message me directly or mention me in a channel.";

    public static SlackSlashCommand Parse(string? text)
    {
        var trimmed = text?.Trim() ?? string.Empty;
        var space = trimmed.IndexOfAny([' ', '\t', '\n']);
        var subcommand = (space < 0 ? trimmed : trimmed[..space]).ToLowerInvariant();
        var rest = space < 0 ? string.Empty : trimmed[(space + 1)..].Trim();

        return subcommand switch
        {
            "" or "help" => new SlackSlashCommand(null, Usage),
            "readiness" => new SlackSlashCommand("check my readiness to sell abroad", "Starting the readiness check…"),
            "platform" or "platforms" => new SlackSlashCommand("help me choose a platform", "Starting the platform guide…"),
            "logistics" or "shipping" => new SlackSlashCommand("which shipping channel should I use", "Starting the logistics guide…"),
            "fix" or "issue" => new SlackSlashCommand("I have a problem to fix", "Starting the issue guide…"),
            "ask" when rest.Length == 0 => new SlackSlashCommand(null, "What would you like to know? Try `" + Name + " ask <your question>`."),
            "ask" => new SlackSlashCommand(rest, "Looking that up…"),
            _ => new SlackSlashCommand(trimmed, "Looking that up…"),
        };
    }
}
