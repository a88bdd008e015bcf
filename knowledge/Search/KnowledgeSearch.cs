using System.Diagnostics;
using CrossBorderBot.Knowledge.Model;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace CrossBorderBot.Knowledge.Search;

/// <summary>
/// Full-text search over every entry of the knowledge base: a Lucene in-memory index with an English analyzer for
/// the <c>en</c> texts and SmartCn for the <c>zh-CN</c> texts. Queries in either language; safe for concurrent use.
/// </summary>
public sealed class KnowledgeSearch : IDisposable
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private const string TypeField = "type";
    private const string OrdField = "ord";
    private const string OrdSortField = "ord_sort";

    // Equal scores are ordered by entry position, not by doc id, which depends on which thread indexed what.
    private static readonly Sort ScoreThenEntry = new(SortField.FIELD_SCORE, new SortField(OrdSortField, SortFieldType.INT32));
    private static readonly (string Field, float Boost)[] EnglishFields = [("name_en", 4f), ("summary_en", 2f), ("details_en", 1f)];
    private static readonly (string Field, float Boost)[] ChineseFields = [("name_zh", 4f), ("summary_zh", 2f), ("details_zh", 1f)];

    private readonly KnowledgeBase _kb;

    // Built on first use (or by Warm), not in the constructor: the index takes seconds of CPU (Chinese segmentation) and
    // keeps Lucene, SmartCn's dictionaries and ICU resident, and a bot whose users only walk the guides never searches.
    private readonly Lazy<Index> _index;

    public KnowledgeSearch(KnowledgeBase knowledgeBase)
    {
        ArgumentNullException.ThrowIfNull(knowledgeBase);
        _kb = knowledgeBase;
        _index = new Lazy<Index>(() => BuildIndex(knowledgeBase), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>How long building the index took (builds it if that has not happened yet).</summary>
    public TimeSpan BuildTime => _index.Value.BuildTime;

    /// <summary>Number of indexed entries.</summary>
    public int DocumentCount => _index.Value.Documents.Count;

    /// <summary>Builds the index now if no search has built it yet.</summary>
    public void Warm() => _ = _index.Value;

    /// <summary>Whether the index has been built (by a search or <see cref="Warm"/>); reading this never builds it.</summary>
    public bool IsBuilt => _index.IsValueCreated;

    public IReadOnlyList<SearchHit> Search(string query, SearchOptions? options = null)
    {
        options ??= new SearchOptions();
        if (string.IsNullOrWhiteSpace(query) || options.MaxHits <= 0)
        {
            return [];
        }

        var language = options.Language ?? KnowledgeLanguage.Detect(query);
        var chinese = KnowledgeLanguage.IsChinese(language);
        var index = _index.Value;
        var terms = Analyze(chinese ? index.Chinese : index.English, chinese ? "name_zh" : "name_en", query);
        if (terms.Count == 0)
        {
            return [];
        }

        var text = new BooleanQuery();
        foreach (var term in terms)
        {
            foreach (var (field, boost) in chinese ? ChineseFields : EnglishFields)
            {
                text.Add(new TermQuery(new Term(field, term)) { Boost = boost }, Occur.SHOULD);
            }
        }

        Query final = text;
        if (options.EntryTypes.Count > 0)
        {
            var types = new BooleanQuery();
            foreach (var type in options.EntryTypes)
            {
                types.Add(new TermQuery(new Term(TypeField, type.ToString())), Occur.SHOULD);
            }

            final = new BooleanQuery { { text, Occur.MUST }, { types, Occur.MUST } };
        }

        var top = index.Searcher.Search(final, null, options.MaxHits, ScoreThenEntry, doDocScores: true, doMaxScore: false);
        var hits = new List<SearchHit>(top.ScoreDocs.Length);
        var needles = Needles(query, terms, chinese);
        foreach (var scoreDoc in top.ScoreDocs)
        {
            var ord = index.Ordinals[scoreDoc.Doc];
            var doc = index.Documents[ord];
            hits.Add(new SearchHit
            {
                EntryType = doc.Type,
                Id = doc.Id,
                ParentId = doc.ParentId,
                Title = doc.Title,
                Snippet = SnippetBuilder.Build(chinese ? doc.SummaryZh : doc.SummaryEn, chinese ? doc.DetailsZh : doc.DetailsEn, needles),
                Language = chinese ? KnowledgeLanguage.Chinese : KnowledgeLanguage.English,
                Score = scoreDoc.Score,
                Sources = _kb.ResolveSources(doc.SourceIds),
                Reviewed = doc.Reviewed,
            });
        }

        return hits;
    }

    /// <summary>
    /// The index terms of <paramref name="text"/> as the index sees them (English stems without question words, or
    /// SmartCn words): lets callers compare a question with an entry's text on the same footing as the search.
    /// </summary>
    public IReadOnlyList<string> Terms(string text, string language)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var chinese = KnowledgeLanguage.IsChinese(language);
        var index = _index.Value;
        return Analyze(chinese ? index.Chinese : index.English, chinese ? "name_zh" : "name_en", text);
    }

    public void Dispose()
    {
        if (_index.IsValueCreated)
        {
            _index.Value.Dispose();
        }
    }

    /// <summary>
    /// Lucene's English stop words plus the words people wrap a question in ("what is", "do I need", "tell me
    /// about"). Left in, they match entries that merely contain "what" or "need" and push the real answer down.
    /// </summary>
    private static CharArraySet QuestionStopWords()
    {
        var words = new CharArraySet(Version, EnglishAnalyzer.DefaultStopSet, ignoreCase: true);
        foreach (var word in new[]
        {
            "what", "whats", "what's", "how", "why", "when", "where", "which", "who", "whom", "do", "does", "did", "i",
            "i'm", "me", "my", "we", "our", "us", "you", "your", "can", "could", "should", "would", "need", "needs",
            "want", "tell", "explain", "mean", "means", "meaning", "about", "please", "know", "get", "have", "has",
            "am", "any", "some", "much", "many",
        })
        {
            words.Add(word);
        }

        return words;
    }

    private static Index BuildIndex(KnowledgeBase knowledgeBase)
    {
        var index = new Index(knowledgeBase);

        // The build allocates many times what the index keeps (SmartCn segments every Chinese text, Lucene buffers and
        // merges its in-memory segments); left to the GC, that garbage stays committed in gen2 until a full collection
        // that a busy bot may not run for a long time. Once, after a build that took seconds, a compacting collection
        // that returns the freed memory to the system costs little.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        return index;
    }

    private static List<string> Analyze(Analyzer analyzer, string field, string text)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream(field, new StringReader(text));
        var attribute = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var term = attribute.ToString();
            if (!terms.Contains(term, StringComparer.Ordinal))
            {
                terms.Add(term);
            }
        }

        stream.End();
        return terms;
    }

    private static IReadOnlyList<string> Needles(string query, List<string> terms, bool chinese)
    {
        // The snippet looks for the words as typed and for their stems, since stems ("batteri") are not always
        // substrings of what was typed but usually are of the text.
        var words = chinese
            ? terms.Where(t => t.Length > 1 || KnowledgeLanguage.ContainsCjk(t))
            : query.Split([' ', ',', '.', '?', '!', ';', ':', '"', '\''], StringSplitOptions.RemoveEmptyEntries)
                .Where(w => w.Length >= 3).Concat(terms.Where(t => t.Length >= 3));
        return words.Distinct(StringComparer.OrdinalIgnoreCase).OrderByDescending(w => w.Length).ToArray();
    }

    private static Document ToLucene(SearchDocument doc, int ord)
    {
        var d = new Document
        {
            new StoredField(OrdField, ord),
            new NumericDocValuesField(OrdSortField, ord),
            new StringField(TypeField, doc.Type.ToString(), Field.Store.NO),
        };
        foreach (var name in doc.NamesEn)
        {
            d.Add(new TextField("name_en", name, Field.Store.NO));
        }

        foreach (var name in doc.NamesZh)
        {
            d.Add(new TextField("name_zh", name, Field.Store.NO));
        }

        d.Add(new TextField("summary_en", doc.SummaryEn, Field.Store.NO));
        d.Add(new TextField("summary_zh", doc.SummaryZh, Field.Store.NO));
        d.Add(new TextField("details_en", string.Join('\n', doc.DetailsEn), Field.Store.NO));
        d.Add(new TextField("details_zh", string.Join('\n', doc.DetailsZh), Field.Store.NO));
        return d;
    }

    /// <summary>The Lucene index of every entry, with the analyzers that built it and answer queries.</summary>
    private sealed class Index : IDisposable
    {
        private readonly RAMDirectory _directory;
        private readonly DirectoryReader _reader;

        public Index(KnowledgeBase knowledgeBase)
        {
            var watch = Stopwatch.StartNew();
            Documents = SearchDocumentBuilder.Build(knowledgeBase);
            English = new EnglishAnalyzer(Version, QuestionStopWords());
            Chinese = new SmartChineseAnalyzer(Version);
            var perField = new PerFieldAnalyzerWrapper(English, ChineseFields.ToDictionary(f => f.Field, _ => Chinese));
            _directory = new RAMDirectory();
            using (var writer = new IndexWriter(_directory, new IndexWriterConfig(Version, perField) { OpenMode = OpenMode.CREATE }))
            {
                // Chinese segmentation dominates the build; IndexWriter accepts documents from several threads at once.
                Parallel.For(
                    0,
                    Documents.Count,
                    new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
                    i => writer.AddDocument(ToLucene(Documents[i], i)));

                writer.Commit();
            }

            _reader = DirectoryReader.Open(_directory);
            Searcher = new IndexSearcher(_reader);

            // Map Lucene doc ids to positions in Documents once, so hits never read stored fields.
            Ordinals = new int[_reader.MaxDoc];
            for (var docId = 0; docId < _reader.MaxDoc; docId++)
            {
                Ordinals[docId] = _reader.Document(docId).GetField(OrdField).GetInt32Value() ?? -1;
            }

            BuildTime = watch.Elapsed;
        }

        public IReadOnlyList<SearchDocument> Documents { get; }

        public Analyzer English { get; }

        public Analyzer Chinese { get; }

        public IndexSearcher Searcher { get; }

        public int[] Ordinals { get; }

        public TimeSpan BuildTime { get; }

        public void Dispose()
        {
            _reader.Dispose();
            _directory.Dispose();
            English.Dispose();
            Chinese.Dispose();
        }
    }
}
