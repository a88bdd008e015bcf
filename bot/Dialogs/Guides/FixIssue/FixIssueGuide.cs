using CrossBorderBot.Dialogs.Prompts;
using CrossBorderBot.Dialogs.Slots;
using CrossBorderBot.Knowledge.Advisors;
using CrossBorderBot.Plans;
using CrossBorderBot.Understanding;

namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// "Fix an issue": a description or a category → triage → confirm the best playbook → its steps one at a time (with
/// the note for the user's market, asked once unless the first message named it) → prevention, sources and a plan.
/// "My parcel is held at customs in Germany" goes straight to the confirmation.
/// </summary>
public sealed class FixIssueGuide : ComponentDialog, ISlotGuide
{
    private const string StepsId = DialogIds.GuideFixIssue + ".steps";
    private const string DescriptionId = DialogIds.GuideFixIssue + ".description";
    private const string MarketId = DialogIds.GuideFixIssue + ".market";
    private const string PlaybookChoiceId = DialogIds.GuideFixIssue + ".playbook";
    private const string WalkId = DialogIds.GuideFixIssue + ".walk";
    private const string ClosingId = DialogIds.GuideFixIssue + ".closing";
    private const string NoneValue = "none";

    private const string RefineValue = ProblemConfirmationReader.RefineValue;
    private static readonly GuideAnswers<FixIssueAnswers> Answers = GuideAnswers<FixIssueAnswers>.Plain(() => new FixIssueAnswers());

    /// <summary>Markets offered as buttons (with "not sure"); any other country can be typed.</summary>
    private static readonly string[] CommonMarkets = ["us", "eu", "gb", "de", "jp"];

    private readonly KnowledgeBase _knowledgeBase;
    private readonly IssuePlaybookFinder _finder;
    private readonly GuideLocationResolver _locations;
    private readonly PlatformNames _platforms;
    private readonly PlatformMarketOfAProblem _platformMarkets;
    private readonly ProblemConfirmationReader _confirmation;
    private readonly PlanStore _plans;
    private readonly TimeProvider _time;

    public FixIssueGuide(KnowledgeBase knowledgeBase, IssueTriage triage, CrossBorderRecognizer recognizer, PlanStore plans, TimeProvider time)
        : base(DialogIds.GuideFixIssue)
    {
        _knowledgeBase = knowledgeBase;
        _finder = new IssuePlaybookFinder(knowledgeBase, triage);
        _locations = new GuideLocationResolver(knowledgeBase, recognizer);
        _platforms = new PlatformNames(knowledgeBase);
        _platformMarkets = new PlatformMarketOfAProblem(knowledgeBase);
        _confirmation = new ProblemConfirmationReader(_finder, _locations);
        _plans = plans;
        _time = time;
        AddSteps(StepsId, [StartAsync, AskDescriptionAsync, AskMarketAsync, ConfirmPlaybookAsync, WalkAsync, FinishAsync]);
        AddDialog(new TextPrompt(DescriptionId, IsUsableDescriptionAsync));
        AddDialog(new GuideLocationPrompt(MarketId, _locations, unknownValue: NoneValue));
        AddDialog(new ChoicePrompt(PlaybookChoiceId, readDetail: (context, answer, choices) => _confirmation.Read(context, answer, choices, NoneValue), takesGoingOn: true));
        AddDialog(new PlaybookWalkDialog(WalkId, knowledgeBase, _finder, _locations));
        AddDialog(new GuideFollowUpsDialog(ClosingId, plans));
    }

    /// <summary>
    /// True when the message confirms what was offered or tells a step done ("yup, that's the problem", "sent them the
    /// invoices"): an answer for the guide, not a question for the knowledge base. The guide fills no other slots.
    /// </summary>
    public bool Reads(RecognizedMessage message) =>
        Slots.SlotVocabulary.Default.Agreement.SaysDone(message.Text) || Slots.SlotVocabulary.Default.Agreement.Confirms(message.Text);

    public int SlotsRead(RecognizedMessage message) => 0;

    public IReadOnlyList<string> KnownPlaces(DialogContext guideContext, BotLanguage language) => [];

    public IReadOnlyList<GuideProduct> KnownProducts(DialogContext guideContext, BotLanguage language) => [];

    public string? ProblemInView(DialogContext guideContext, BotLanguage language) =>
        OwnValues(guideContext) is { } values && Answers.Of(values).Candidates is [var best, ..] && _knowledgeBase.FindPlaybook(best) is { } playbook
            ? playbook.Name.Get(language)
            : null;

    private async Task<DialogTurnResult> StartAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var language = step.Language();
        var text = FixIssueGuideText.For(language);
        var options = step.GetOptions<FixIssueStartOptions>() ?? new FixIssueStartOptions();
        // "Shopee马来站的买家…", "a buyer in florida": a marketplace's country site or a state names the market too.
        var market = options.Market ?? (GuideEntities.Location(options.Entities) is { } found && _locations.IsKnown(found) ? found : null)
            ?? _locations.SiteCountry(options.Text) ?? _locations.LocalPlacesIn(options.Text).FirstOrDefault();
        // "amazon deactivated my account": the platform named picks its own market notes (Amazon's appeal page).
        var platform = options.Platform ?? _platforms.Find(options.Text).FirstOrDefault()?.Id;
        market ??= platform is null ? null : KnownHomeMarket(platform);
        Answers.Update(step, answers => answers with { Market = market, MarketAssumed = options.NoMarket && market is null, Rejected = options.Rejected, Platform = platform });
        if (options.Again)
        {
            return await step.NextAsync(cancellationToken: cancellationToken);
        }

        // The first message counts as the description only when it names a problem, not "I need to fix an issue".
        var first = options.Text?.Trim();
        var issueType = GuideEntities.IssueType(options.Entities);
        if (!string.IsNullOrEmpty(first) && (options.Described || issueType is not null || _finder.Find(first, market, keywordsOnly: true).Count > 0))
        {
            Answers.Update(step, answers => answers with { Description = first });
            var understood = market is null
                ? string.Format(CultureInfo.InvariantCulture, text.Understood, first)
                : string.Format(CultureInfo.InvariantCulture, text.UnderstoodMarket, first, _locations.Name(market, language));

            // A problem reported without its market ("got an IP complaint, what now?") is asked the market next: the
            // playbooks' country notes differ, and the market question offers "not sure / several" for the general steps.
            // Reported in passing inside another guide, it is a detour: the best match comes at once, without a market,
            // and the user is told so.
            if (options.Described && options.Stacked && market is null)
            {
                Answers.Update(step, answers => answers with { MarketAssumed = true });
                understood += "\n\n" + text.AssumedNoMarket;
            }
            else if (AssumesNoMarketForOneAccount(step, language) is { } assumed)
            {
                understood += "\n\n" + assumed;
            }

            await step.Context.SendActivityAsync(understood, cancellationToken: cancellationToken);
        }
        else
        {
            await step.Context.SendActivityAsync(text.Intro, cancellationToken: cancellationToken);
        }

        return await step.NextAsync(cancellationToken: cancellationToken);
    }

    private static async Task<DialogTurnResult> AskDescriptionAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (Answers.Of(step).Description is not null)
        {
            return await step.NextAsync(cancellationToken: cancellationToken);
        }

        var text = FixIssueGuideText.For(step.Language());
        var choices = IssueTypes.All.Select(id => new Choice(id, text.IssueTypes[id])).ToList();

        // A text prompt, so any description is an answer (never mistaken for a question asked in passing); the
        // categories travel on its card as buttons, and typing a category's number or name picks it too.
        var ask = ChoiceCard.Attach(step.Context, (Activity)MessageFactory.Text(text.AskDescription, inputHint: InputHints.ExpectingInput), choices.Select(c => (c.Title!, c.Value)));
        var retry = ChoiceCard.Attach(step.Context, (Activity)MessageFactory.Text(text.DescriptionRetry, inputHint: InputHints.ExpectingInput), choices.Select(c => (c.Title!, c.Value)));
        return await step.PromptAsync(DescriptionId, new PromptOptions { Prompt = ask, RetryPrompt = retry, Choices = choices }, cancellationToken);
    }

    private async Task<DialogTurnResult> AskMarketAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.GetResult<string>() is { Length: > 0 } answer)
        {
            var category = ChoicePrompt.Recognize(answer, CategoryChoices(step.Language()), PromptLanguage.Cultures(step.Context.Activity))?.Value;
            Answers.Update(step, answers => answers with { Description = category is null ? answer : FixIssueGuideText.For(step.Language()).IssueTypes[category], Category = category });
            if (Answers.Of(step).Platform is null && _platforms.Find(answer).FirstOrDefault() is { } platform)
            {
                Answers.Update(step, answers => answers with { Platform = platform.Id, Market = answers.Market ?? KnownHomeMarket(platform.Id) });
            }

            // "A customer in France says…": the description names the market too, so it is not asked.
            if (Answers.Of(step).Market is null && category is null && MarketIn(step, answer) is { } named)
            {
                Answers.Update(step, answers => answers with { Market = named });
                var noted = FixIssueGuideText.For(step.Language()).NotedMarket;
                await step.Context.SendActivityAsync(string.Format(CultureInfo.InvariantCulture, noted, _locations.Name(named, step.Language())), cancellationToken: cancellationToken);
            }

            if (AssumesNoMarketForOneAccount(step, step.Language()) is { } assumed)
            {
                await step.Context.SendActivityAsync(assumed, cancellationToken: cancellationToken);
            }
        }

        if (Answers.Of(step) is { Market: not null } or { MarketAssumed: true })
        {
            return await step.NextAsync(cancellationToken: cancellationToken);
        }

        var language = step.Language();
        var text = FixIssueGuideText.For(language);
        var choices = CommonMarkets.Select(code => new Choice(code, _locations.Name(code, language)))
            .Append(new Choice(NoneValue, text.NoMarket, ["not sure", "several", "none", "skip", "不确定", "多个", "跳过"]))
            .ToList();
        return await step.PromptAsync(MarketId, PromptOptions.FromText(text.AskMarket, text.MarketRetry, choices), cancellationToken);
    }

    private async Task<DialogTurnResult> ConfirmPlaybookAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var language = step.Language();
        var text = FixIssueGuideText.For(language);
        if (step.GetResult<string>() is { Length: > 0 } market)
        {
            if (market != NoneValue)
            {
                Answers.Update(step, answers => answers with { Market = market });

                // "澳大利呀", "south afirca": a market read through a slip in its name is said, so a wrong guess is seen.
                var typed = step.Context.Activity.Text;
                if (!_locations.IsExactName(typed) && _locations.OneSlipFrom(typed) == market)
                {
                    await step.Context.SendActivityAsync(string.Format(CultureInfo.InvariantCulture, SlotText.For(language).Assumed, _locations.Name(market, language)), cancellationToken: cancellationToken);
                }
            }
            else
            {
                await step.Context.SendActivityAsync(text.AssumedNoMarket, cancellationToken: cancellationToken);
            }
        }

        var marketId = Answers.Of(step).Market;
        var candidates = Answers.Of(step).Category is { } category
            ? _finder.ForIssueType(category)
            : _finder.Find(Answers.Of(step).Description ?? string.Empty, marketId);
        var playbooks = candidates.Select(_knowledgeBase.FindPlaybook).OfType<Playbook>().ToList();

        // The playbook turned down while the problem was told again comes after the others that fit.
        if (Answers.Of(step).Rejected is { } rejected && playbooks.Count > 1)
        {
            playbooks = [.. playbooks.Where(p => p.Id != rejected), .. playbooks.Where(p => p.Id == rejected)];
        }

        Answers.Update(step, answers => answers with { Candidates = playbooks.Select(p => p.Id).ToList() });
        if (playbooks.Count == 0)
        {
            return await step.ReplaceDialogAsync(StepsId, new FixIssueStartOptions(Market: marketId, Again: true, Platform: Answers.Of(step).Platform), cancellationToken);
        }

        var best = playbooks[0];
        await step.Context.SendReplyAsync(Reply.Of(
            new HeadingBlock(string.Format(CultureInfo.InvariantCulture, text.BestMatch, best.Name.Get(language))),
            new ParagraphBlock(best.Summary.Get(language))), cancellationToken);
        var choices = new List<Choice> { new(best.Id, text.ConfirmBest, ["yes", "y", "yes please", "是", "是的", "对"]) };
        choices.AddRange(playbooks.Skip(1).Take(2).Select(p => new Choice(p.Id, string.Format(CultureInfo.InvariantCulture, text.OtherPlaybook, p.Name.Get(language)))));
        choices.Add(new Choice(NoneValue, text.NoneOfThese, ["no", "none", "neither", "不是", "都不是", "否"]));
        return await step.PromptAsync(PlaybookChoiceId, PromptOptions.FromText(text.ConfirmPrompt, choices: choices), cancellationToken);
    }

    private async Task<DialogTurnResult> WalkAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var answers = Answers.Of(step);
        var market = answers.Market;
        var found = step.GetResult<FoundChoice>();
        var chosen = found?.Value;

        // "美国站" at the confirmation: the match again, for that market; "不确定" about the market: the match again as it was.
        if (chosen is ProblemConfirmationReader.MarketValue && found?.Detail is { } named)
        {
            var marketMeant = named == NoneValue ? market : named;
            return await step.ReplaceDialogAsync(StepsId, new FixIssueStartOptions(
                Text: answers.Description, Market: marketMeant, Described: true, NoMarket: marketMeant is null, Rejected: answers.Rejected, Platform: answers.Platform), cancellationToken);
        }

        // "no, it's held at customs and they want the invoice", "the buyer got it but it broke": a no said with the
        // problem told again, or the problem told instead of a choice, finds the playbooks again for what was told,
        // keeping the market; the playbook just offered comes after the others that fit.
        if (chosen is RefineValue or NoneValue && found?.Detail is { } detail && _confirmation.TellsAProblem(step.Context, detail))
        {
            return await step.ReplaceDialogAsync(StepsId, new FixIssueStartOptions(
                Text: detail, Market: market, Described: true, NoMarket: answers.MarketAssumed, Rejected: answers.Candidates?.FirstOrDefault(), Platform: answers.Platform), cancellationToken);
        }

        if (chosen is null or NoneValue or RefineValue)
        {
            return await step.ReplaceDialogAsync(StepsId, new FixIssueStartOptions(Market: market, Again: true, Platform: answers.Platform), cancellationToken);
        }

        var candidates = answers.Candidates ?? [];
        var ordered = new List<string> { chosen };
        ordered.AddRange(candidates.Where(id => !string.Equals(id, chosen, StringComparison.OrdinalIgnoreCase)));
        return await step.BeginDialogAsync(WalkId, new PlaybookWalkOptions(ordered, market, answers.Platform), cancellationToken);
    }

    private async Task<DialogTurnResult> FinishAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var language = step.Language();
        var text = FixIssueGuideText.For(language);
        var walk = step.GetResult<PlaybookWalkResult>();
        var playbook = walk is null ? null : _knowledgeBase.FindPlaybook(walk.PlaybookId);
        if (walk is null || playbook is null)
        {
            return await step.EndDialogAsync(cancellationToken: cancellationToken);
        }

        var market = Answers.Of(step).Market;
        var sources = new GuideSources(_knowledgeBase).Add(playbook.Sources, playbook.Reviewed);
        var blocks = new List<ReplyBlock>();
        if (walk.Completed)
        {
            blocks.Add(new HeadingBlock(string.Format(CultureInfo.InvariantCulture, text.Finished, playbook.Name.Get(language))));
            blocks.Add(new ParagraphBlock($"**{text.PreventionHeading}**"));
            blocks.Add(new ParagraphBlock(string.Join("\n", playbook.Prevention.Select(line => "- " + line.Get(language)))));
        }
        else
        {
            blocks.Add(new ParagraphBlock(text.NoMorePlaybooks));
        }

        blocks.Add(new SourceListBlock(sources.ToReplySources()));
        await step.Context.SendReplyAsync(new Reply(blocks), cancellationToken);

        await _plans.SaveAsync(step.Context, BuildPlan(step, playbook, walk, market, sources, language), cancellationToken);
        return await step.BeginDialogAsync(ClosingId, new GuideFollowUpsOptions(
            DialogIds.GuideFixIssue, [new GuideFollowUp(IntentNames.ChooseLogistics, FixIssueGuideText.English.FollowUp, FixIssueGuideText.Chinese.FollowUp)]), cancellationToken);
    }

    private GuidePlan BuildPlan(WaterfallStepContext step, Playbook playbook, PlaybookWalkResult walk, string? market, GuideSources sources, BotLanguage language)
    {
        var text = FixIssueGuideText.For(language);
        var separator = language.IsChinese ? "：" : ": ";
        var marketName = market is null ? null : _locations.Name(market, language);
        var problem = new List<string> { text.PlanDescription + separator + (Answers.Of(step).Description ?? playbook.Name.Get(language)) };
        if (marketName is not null)
        {
            problem.Add(text.PlanMarket + separator + marketName);
        }

        // Plain lists: plans are kept in user state, and Json.NET cannot rebuild a collection expression's hidden type.
        var sections = new List<PlanSection>
        {
            new(text.PlanProblem, problem),
            new(string.Format(CultureInfo.InvariantCulture, text.PlanSteps, playbook.Name.Get(language)), playbook.Steps
                .Select((s, i) => $"({i + 1}) {s.Title.Get(language)}" + (s.Detail is { } detail ? separator + detail.Get(language) : string.Empty))
                .ToList()),
        };
        if (_finder.MarketNotes(playbook, market, Answers.Of(step).Platform) is { Count: > 0 } notes)
        {
            sections.Add(new PlanSection(string.Format(CultureInfo.InvariantCulture, text.PlanNote, marketName), notes.Select(note => note.Get(language)).ToList()));
        }

        sections.Add(new PlanSection(text.PlanPrevention, playbook.Prevention.Select(line => line.Get(language)).ToList()));
        var tried = walk.Tried.Select(_knowledgeBase.FindPlaybook).OfType<Playbook>().Select(p => p.Name.Get(language)).ToList();
        if (tried.Count > 0)
        {
            sections.Add(new PlanSection(text.PlanTried, tried));
        }

        var title = playbook.Name.Get(language) + (marketName is null ? string.Empty : language.IsChinese ? $"（{marketName}）" : $" ({marketName})");
        return new GuidePlan(
            DialogIds.GuideFixIssue,
            string.Format(CultureInfo.InvariantCulture, text.PlanTitle, title),
            _time.GetUtcNow(),
            language,
            sections,
            sources.ToPlanSources());
    }

    private Task<bool> IsUsableDescriptionAsync(PromptValidatorContext<string> prompt, CancellationToken cancellationToken) =>
        Task.FromResult(
            ChoicePrompt.Recognize(prompt.Value, prompt.Options.Choices, PromptLanguage.Cultures(prompt.Context.Activity)) is not null
            || _finder.Find(prompt.Value, market: null).Count > 0);

    private string? KnownHomeMarket(string platformId) =>
        _platformMarkets.HomeMarket(platformId) is { } home && _locations.IsKnown(home) ? home : null;

    /// <summary>
    /// A problem on a platform that sells everywhere from one account, told without a market, goes on without one: the
    /// general steps, said to the user. Returns what to say, or null when a market is known or the platform is no such one.
    /// </summary>
    private string? AssumesNoMarketForOneAccount(WaterfallStepContext step, BotLanguage language)
    {
        var answers = Answers.Of(step);
        if (answers.Market is not null || answers.MarketAssumed || !_platformMarkets.SellsEverywhereFromOneAccount(answers.Platform)
            || _knowledgeBase.FindPlatform(answers.Platform!) is not { } platform)
        {
            return null;
        }

        Answers.Update(step, a => a with { MarketAssumed = true });
        return string.Format(CultureInfo.InvariantCulture, FixIssueGuideText.For(language).AssumedOneAccount, platform.Name.Get(language));
    }

    private static List<Choice> CategoryChoices(BotLanguage language)
    {
        var text = FixIssueGuideText.For(language);
        return IssueTypes.All.Select(id => new Choice(id, text.IssueTypes[id])).ToList();
    }

    /// <summary>The market a typed description names: from this turn's recognition when the router made one.</summary>
    private string? MarketIn(WaterfallStepContext step, string answer)
    {
        var understanding = TurnUnderstanding.Of(step.Context);
        var entities = understanding is not null && understanding.Message.Text == answer ? understanding.Message.Entities : null;
        return GuideEntities.Location(entities) is { } found && _locations.IsKnown(found) ? found : null;
    }
}
