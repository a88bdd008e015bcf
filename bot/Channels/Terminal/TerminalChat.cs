using CrossBorderBot.Hosting;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Channels.Terminal;

/// <summary>
/// <c>dotnet run --project bot -- chat</c>: talk to the same bot in the terminal. Works interactively (a prompt,
/// Ctrl-D to quit) and with piped standard input, so a script can drive it; piped lines are echoed so the
/// transcript reads like a conversation.
/// </summary>
public sealed class TerminalChat(IBot bot, ILogger<TerminalChat> logger)
{
    public async Task<int> RunAsync(TerminalChatOptions options, TextReader input, TextWriter output, CancellationToken cancellationToken)
    {
        var transcript = new TerminalTranscriptWriter(output);
        var adapter = new TerminalAdapter(transcript, TurnErrorReply.Handler(logger));
        var conversation = new ConversationAccount(id: options.ConversationId);
        var user = new ChannelAccount(options.UserId, "You");
        var botAccount = new ChannelAccount("crossborderbot", "CrossBorderBot");

        if (options.Interactive)
        {
            await output.WriteLineAsync("CrossBorderBot terminal chat. Type a message, a number to pick a button, \"help\" for help; Ctrl-D quits.");
        }

        Activity NewActivity(string type) => new()
        {
            Type = type,
            Id = Guid.NewGuid().ToString("N"),
            ChannelId = ReplyChannels.Terminal,
            Conversation = conversation,
            From = user,
            Recipient = botAccount,
            Locale = options.Locale,
            Timestamp = DateTimeOffset.UtcNow,
            ServiceUrl = "terminal://local",
        };

        var joined = NewActivity(ActivityTypes.ConversationUpdate);
        joined.MembersAdded = [user, botAccount];
        await adapter.ProcessActivityAsync(joined, bot.OnTurnAsync, cancellationToken);

        while (!cancellationToken.IsCancellationRequested)
        {
            if (options.Interactive)
            {
                await output.WriteAsync("you> ");
                await output.FlushAsync(cancellationToken);
            }

            var line = await input.ReadLineAsync(cancellationToken);
            if (line is null)
            {
                break;
            }

            line = line.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (!options.Interactive)
            {
                await output.WriteLineAsync($"you> {line}");
            }

            var message = NewActivity(ActivityTypes.Message);
            if (!ApplyNumberedAction(line, transcript.CurrentActions, message, out var link))
            {
                message.Text = line;
            }

            if (link is not null)
            {
                await output.WriteLineAsync($"     (open {link} in a browser)");
                continue;
            }

            await adapter.ProcessActivityAsync(message, bot.OnTurnAsync, cancellationToken);
        }

        if (options.Interactive)
        {
            await output.WriteLineAsync();
        }

        return 0;
    }

    /// <summary>Typing the number of a button does what clicking it would do on a channel with cards.</summary>
    private static bool ApplyNumberedAction(string line, IReadOnlyList<TerminalAction> actions, Activity message, out string? link)
    {
        link = null;
        if (!int.TryParse(line, out var number) || number < 1 || number > actions.Count)
        {
            return false;
        }

        var action = actions[number - 1];
        if (action.Url is not null)
        {
            link = action.Url;
        }
        else if (action.SubmitData is JObject data)
        {
            message.Value = data;
            message.ChannelData = new JObject { ["postBack"] = true };
        }
        else
        {
            message.Text = action.MessageText ?? action.Title;
        }

        return true;
    }
}
