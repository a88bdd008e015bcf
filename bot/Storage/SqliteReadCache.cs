using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace CrossBorderBot.Storage;

/// <summary>
/// The latest committed document of keys this process wrote or read, so a turn's state read need not go to SQLite: in
/// WAL mode every commit makes the read connections drop their page cache, so each read after a commit fetched the
/// row's pages (a user's saved plans are a dozen of them) from the file again.
/// </summary>
/// <remarks>
/// A stale read must be impossible although other processes (another bot instance, <c>sqlite3</c>) may write the file.
/// So the cache is used only while the database has had no commit at all since the one of this store's writer that the
/// cache reflects, and that is checked at every use: a connection that never writes (the probe) reads
/// <c>PRAGMA data_version</c>, which changes whenever any other connection or process commits; the cache is valid while
/// it equals the value taken after the writer's last commit. Any commit of another writer is also seen by the writer
/// itself (its own data version changes only for others' commits), and then the whole cache is dropped before it is
/// trusted again. A document read from the database is added only when no commit of this store began meanwhile. The
/// documents are kept outside the garbage-collected heap within a byte budget (least recently used dropped first); a
/// read gets its own copy.
/// </remarks>
internal sealed class SqliteReadCache : IDisposable
{
    /// <summary>The default budget: the state of a few hundred active conversations and users with saved plans.</summary>
    public const long DefaultMaxBytes = 8L * 1024 * 1024;

    private const long NotValid = long.MinValue;

    private readonly Lock _lock = new();
    private readonly NativeDocumentTable _documents = new();
    private readonly long _maxBytes;
    private readonly string _connectionString;

    // The probe connection and its prepared statement, used under _probeLock.
    private readonly Lock _probeLock = new();
    private SqliteConnection? _probe;
    private sqlite3_stmt? _probeDataVersion;

    // The probe's data version when the cache matched the database; NotValid when it does not (or is not yet known).
    private long _validAtProbeVersion = NotValid;

    // Commits of this store begun so far: a read may add what it read only if none began while it read.
    private long _commitsBegun;
    private long _hits;
    private long _misses;
    private bool _disposed;

    public SqliteReadCache(string connectionString, long maxBytes = DefaultMaxBytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);
        _connectionString = connectionString;
        _maxBytes = maxBytes;
    }

    /// <summary>Reads served from the cache and reads that went to the database since the store opened.</summary>
    public (long Hits, long Misses) Counts => (Interlocked.Read(ref _hits), Interlocked.Read(ref _misses));

    /// <summary>
    /// The key's latest committed document and ETag when the cache holds it and the database has had no commit since
    /// the cache last matched it; false means: read the database.
    /// </summary>
    public bool TryRead(string key, out byte[] document, out string eTag)
    {
        var validAt = Volatile.Read(ref _validAtProbeVersion);
        var held = false;
        document = [];
        eTag = string.Empty;
        if (validAt != NotValid)
        {
            lock (_lock)
            {
                held = _documents.TryCopy(key, out document, out eTag);
            }
        }

        // Checked after the copy: no commit between the moment the cache last matched the database and now means the
        // copy is the committed document now.
        if (held && ProbeDataVersion() == validAt)
        {
            Interlocked.Increment(ref _hits);
            return true;
        }

        Interlocked.Increment(ref _misses);
        return false;
    }

    /// <summary>
    /// Taken before a database read whose result may be added (<see cref="AddRead"/>): null when the cache does not
    /// match the database now, so nothing read may be added.
    /// </summary>
    public long? TicketForRead()
    {
        var validAt = Volatile.Read(ref _validAtProbeVersion);
        if (validAt == NotValid)
        {
            return null;
        }

        long commitsBegun;
        lock (_lock)
        {
            commitsBegun = _commitsBegun;
        }

        return ProbeDataVersion() == validAt ? commitsBegun : null;
    }

    /// <summary>
    /// Adds a document read from the database after <see cref="TicketForRead"/>, unless a commit of this store began
    /// since (it may have replaced the document). Another process's commit meanwhile is caught at the next use.
    /// </summary>
    public void AddRead(long ticket, string key, byte[] document, string eTag)
    {
        lock (_lock)
        {
            if (_commitsBegun == ticket && !_disposed)
            {
                _documents.Put(key, document, eTag);
                _documents.EvictBeyond(_maxBytes);
            }
        }
    }

    /// <summary>Called by the writer before each transaction.</summary>
    public void CommitStarting()
    {
        lock (_lock)
        {
            _commitsBegun++;
        }
    }

    /// <summary>
    /// Called by the writer after a commit, with the writes it stored and the keys whose stale ETag refused a write.
    /// <paramref name="othersCommittedBefore"/>: another connection committed since this store's previous commit, so
    /// anything held may be stale and is dropped first.
    /// </summary>
    public void Committed(IEnumerable<PendingStateWrite> stored, IEnumerable<string> refusedKeys, bool othersCommittedBefore)
    {
        lock (_lock)
        {
            if (_disposed)
            {
                return;
            }

            if (othersCommittedBefore)
            {
                Volatile.Write(ref _validAtProbeVersion, NotValid);
                _documents.Clear();
            }

            foreach (var write in stored)
            {
                if (write.Document is { } document && write.NewETag is { } eTag)
                {
                    _documents.Put(write.Key, document, eTag);
                }
                else
                {
                    _documents.Remove(write.Key);
                }
            }

            // A refusal means the writer read something older than the stored document; whatever made that happen,
            // the next read of the key goes to the database.
            foreach (var key in refusedKeys)
            {
                _documents.Remove(key);
            }

            _documents.EvictBeyond(_maxBytes);
        }
    }

    /// <summary>
    /// Called by the writer after <see cref="Committed"/>: marks the cache as matching the database as of now, unless
    /// another connection committed after the writer's transaction began (the writer's data version then differs from
    /// <paramref name="writerVersionInCommit"/>), in which case it is dropped. Returns the writer's data version now.
    /// </summary>
    public long Validate(Func<long> writerDataVersion, long writerVersionInCommit)
    {
        lock (_probeLock)
        {
            // The probe first: if the writer then still sees no other commit, none came before the probe's reading either.
            var probeVersion = ProbeDataVersionLocked();
            var writerVersion = writerDataVersion();
            if (writerVersion == writerVersionInCommit)
            {
                Volatile.Write(ref _validAtProbeVersion, probeVersion);
            }
            else
            {
                Invalidate();
            }

            return writerVersion;
        }
    }

    /// <summary>Drops everything held (after a failed commit: what the database holds is not known).</summary>
    public void Invalidate()
    {
        lock (_lock)
        {
            Volatile.Write(ref _validAtProbeVersion, NotValid);
            _documents.Clear();
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _disposed = true;
            Volatile.Write(ref _validAtProbeVersion, NotValid);
            _documents.Clear();
        }

        lock (_probeLock)
        {
            _probeDataVersion?.Dispose();
            _probe?.Dispose();
            _probeDataVersion = null;
            _probe = null;
        }
    }

    private long ProbeDataVersion()
    {
        lock (_probeLock)
        {
            return ProbeDataVersionLocked();
        }
    }

    // Any failure (a closed store, a broken probe) reads as "not valid", so the caller goes to the database.
    private long ProbeDataVersionLocked()
    {
        try
        {
            if (_probeDataVersion is null)
            {
                if (Volatile.Read(ref _disposed))
                {
                    return NotValid;
                }

                _probe = SqliteStateSchema.Open(_connectionString, $"PRAGMA busy_timeout = {SqliteStateSchema.BusyTimeoutMilliseconds};", connection => connection);
                if (raw.sqlite3_prepare_v2(_probe.Handle, "PRAGMA data_version;", out var statement) != raw.SQLITE_OK)
                {
                    statement.Dispose();
                    return NotValid;
                }

                _probeDataVersion = statement;
            }

            var version = raw.sqlite3_step(_probeDataVersion) == raw.SQLITE_ROW ? raw.sqlite3_column_int64(_probeDataVersion, 0) : NotValid;
            raw.sqlite3_reset(_probeDataVersion);
            return version;
        }
        catch (SqliteException)
        {
            return NotValid;
        }
    }
}
