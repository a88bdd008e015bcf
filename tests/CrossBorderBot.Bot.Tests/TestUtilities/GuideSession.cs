using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace CrossBorderBot.Tests.TestUtilities;

/// <summary>
/// One user talking to the real bot through the official <see cref="TestAdapter"/>, turn by turn: each call returns
/// every message of that turn, so a guide's long results need no reply counting. Every card sent is collected for
/// <see cref="CardCollectingMiddleware.AssertAllValid"/>.
/// </summary>
public sealed class GuideSession : IDisposable
{
    public GuideSession(string locale = "en-US", string channelId = "test", TimeProvider? time = null)
    {
        Host = new BotTestHost(configureServices: time is null ? null : services => services.AddSingleton(time));
        Adapter = Host.Adapter(channelId, locale);
        Adapter.Use(Cards);
    }

    public BotTestHost Host { get; }

    public TestAdapter Adapter { get; }

    public CardCollectingMiddleware Cards { get; } = new();

    /// <summary>The messages of the latest turn.</summary>
    public GuideTurn Last { get; private set; } = new([]);

    /// <summary>A <see cref="TestFlow"/> on the same conversation, for tests written in that style.</summary>
    public TestFlow Flow() => Host.Flow(Adapter);

    public async Task<GuideTurn> SayAsync(string text)
    {
        await Adapter.SendTextToBotAsync(text, Host.Bot.OnTurnAsync, CancellationToken.None);
        return Last = Drain();
    }

    /// <summary>Clicks the button titled <paramref name="title"/> on the latest card that has one, as Web Chat and Teams do.</summary>
    public async Task<GuideTurn> ClickAsync(string title)
    {
        var card = Last.Replies.LastOrDefault(reply => BotReplies.ButtonTitles(reply).Contains(title))
            ?? throw new InvalidOperationException($"No button '{title}' in the last turn: {string.Join(", ", Last.Buttons)}");
        var click = Adapter.MakeActivity();
        click.Text = null;
        click.Value = BotReplies.ButtonData(card, title);
        await Adapter.ProcessActivityAsync(click, Host.Bot.OnTurnAsync, CancellationToken.None);
        return Last = Drain();
    }

    /// <summary>Fills in a card form and clicks its submit button: the button's data merged with the inputs, as Web Chat sends it.</summary>
    public async Task<GuideTurn> SubmitAsync(string buttonTitle, IReadOnlyDictionary<string, string> inputs)
    {
        var card = Last.Replies.LastOrDefault(reply => BotReplies.ButtonTitles(reply).Contains(buttonTitle))
            ?? throw new InvalidOperationException($"No form button '{buttonTitle}' in the last turn.");
        var data = BotReplies.ButtonData(card, buttonTitle);
        foreach (var (id, value) in inputs)
        {
            data[id] = value;
        }

        var submit = Adapter.MakeActivity();
        submit.Text = null;
        submit.Value = data;
        await Adapter.ProcessActivityAsync(submit, Host.Bot.OnTurnAsync, CancellationToken.None);
        return Last = Drain();
    }

    public void Dispose() => Host.Dispose();

    private GuideTurn Drain()
    {
        var replies = new List<IActivity>();
        while (Adapter.GetNextReply() is { } reply)
        {
            if (reply.Type == ActivityTypes.Message)
            {
                replies.Add(reply);
            }
        }

        return new GuideTurn(replies);
    }
}
