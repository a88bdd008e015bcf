using CrossBorderBot.Channels.Teams;
using CrossBorderBot.Channels.Terminal;
using CrossBorderBot.Commands;
using CrossBorderBot.Composition;

namespace CrossBorderBot.Hosting;

/// <summary>
/// The commands that run instead of the web host: <c>chat</c> (terminal chat), <c>kb</c> (knowledge base tools),
/// <c>eval-recognizer</c> (accuracy of the language understanding on the labelled evaluation set) and
/// <c>teams-package</c> (the Teams app package); and <c>fill-start-caches</c>, which a starting bot runs as a child process
/// to store its knowledge snapshot and intent model (see <see cref="StartCacheFill"/>).
/// </summary>
public static class BotCommandLine
{
    private static readonly string[] Commands = ["chat", "kb", "eval-recognizer", TeamsPackageCommand.Name, AdviceEvalCommand.Name, AnswerEvalCommand.Name, StartCacheFill.CommandName];

    public static bool IsCommand(string[] args) => args.Length > 0 && Commands.Contains(args[0]);

    public static async Task<int> RunAsync(string[] args)
    {
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };

        return args[0] switch
        {
            "chat" => await RunChatAsync(args[1..], cancellation.Token),
            "kb" => await KnowledgeBaseCommand.RunAsync(args[1..], Console.Out, Console.Error, cancellation.Token),
            TeamsPackageCommand.Name => await TeamsPackageCommand.RunAsync(args[1..], Console.Out, Console.Error, cancellation.Token),
            "eval-recognizer" => await RecognizerEvalCommand.RunAsync(args[1..], Console.Out, cancellation.Token),
            AdviceEvalCommand.Name => await AdviceEvalCommand.RunAsync(args[1..], Console.Out, cancellation.Token),
            AnswerEvalCommand.Name => await AnswerEvalCommand.RunAsync(args[1..], Console.Out, cancellation.Token),
            StartCacheFill.CommandName => StartCacheFill.Fill(),
            _ => throw new ArgumentException($"Unknown command '{args[0]}'.", nameof(args)),
        };
    }

    private static async Task<int> RunChatAsync(string[] args, CancellationToken cancellationToken)
    {
        var arguments = CommandArguments.Parse(args, ["--conversation", "--locale"], ["--new"]);
        if (arguments.WantsHelp)
        {
            Console.WriteLine("""
                Usage: dotnet run --project bot -- chat [--new] [--conversation <id>] [--locale en-US|zh-CN]
                  --new                start a new conversation instead of resuming the last one
                  --conversation <id>  resume a given conversation
                  --locale <locale>    the language to start in (default en-US)
                Settings such as --Storage:Provider=Memory are passed on to the bot's configuration.
                """);
            return 0;
        }

        var locale = arguments.Value("--locale") ?? "en-US";
        var builder = CommandHost.CreateBuilder(arguments.Settings);

        // The terminal is the user interface here: keep log lines out of it unless something is wrong.
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddCrossBorderBot();
        builder.Services.AddSingleton<TerminalChat>();

        using var host = builder.Build();
        var chat = host.Services.GetRequiredService<TerminalChat>();
        var storage = host.Services.GetRequiredService<IStorage>();
        var conversationId = arguments.Value("--conversation")
            ?? (arguments.Has("--new")
                ? "terminal-" + Guid.NewGuid().ToString("N")[..12]
                : await TerminalLastConversation.ReadAsync(storage, Environment.UserName, cancellationToken));
        await TerminalLastConversation.RememberAsync(storage, Environment.UserName, conversationId, cancellationToken);
        var options = new TerminalChatOptions(conversationId, Environment.UserName, locale, Interactive: !Console.IsInputRedirected);
        return await chat.RunAsync(options, Console.In, Console.Out, cancellationToken);
    }
}
