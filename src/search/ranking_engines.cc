#include "search/ranking_engines.h"

#include <cstdio>

#include <sqlite3.h>

#include "search/memory_index.h"
#include "search/searcher.h"

namespace gongkai::search {
namespace {

class GongkaiEngine final : public RankingEngine {
 public:
  GongkaiEngine(MemoryIndex index, Searcher searcher)
      : index_(std::move(index)), searcher_(std::move(searcher)) {}
  std::string_view name() const override { return "gongkai"; }
  core::Result<std::vector<std::string>> Rank(const std::string& query, size_t limit) override {
    SearchRequest request;
    request.query = query;
    request.limit = limit;
    GONGKAI_ASSIGN_OR_RETURN(const SearchResult result, searcher_.Search(index_, request));
    std::vector<std::string> ids;
    for (const SearchHit& hit : result.hits) {
      ids.push_back(index_.Document(hit.doc).index_no);
    }
    return ids;
  }

 private:
  MemoryIndex index_;
  Searcher searcher_;
};

// The space-separated words of a query; ASCII quote marks are dropped, as a site's search box
// would pass a quoted phrase on as the phrase.
std::vector<std::string> Words(std::string query) {
  std::erase(query, '"');
  std::vector<std::string> words;
  size_t start = 0;
  while (start < query.size()) {
    size_t end = query.find(' ', start);
    end = end == std::string::npos ? query.size() : end;
    if (end > start) {
      words.push_back(query.substr(start, end - start));
    }
    start = end + 1;
  }
  return words;
}

class SqliteEngine : public RankingEngine {
 public:
  ~SqliteEngine() override {
    sqlite3_finalize(statement_);
    sqlite3_close(db_);
  }

 protected:
  core::Status Open(const std::string& database) {
    if (database != ":memory:") {
      std::remove(database.c_str());
    }
    if (sqlite3_open(database.c_str(), &db_) != SQLITE_OK) {
      return core::Error::Unavailable("无法打开 SQLite 数据库：" + database);
    }
    return Exec("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;");
  }

  core::Status Exec(const std::string& sql) {
    char* message = nullptr;
    if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
      std::string text = message != nullptr ? message : "";
      sqlite3_free(message);
      return core::Error::Unavailable("SQLite 出错：" + text);
    }
    return core::Ok();
  }

  core::Status Load(const std::vector<SearchDocument>& documents, const std::string& insert) {
    GONGKAI_TRY(Exec("BEGIN"));
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db_, insert.c_str(), -1, &statement, nullptr) != SQLITE_OK) {
      return core::Error::Unavailable(std::string("SQLite 出错：") + sqlite3_errmsg(db_));
    }
    for (const SearchDocument& d : documents) {
      const std::string* fields[] = {&d.index_no, &d.title,   &d.doc_no, &d.agency,
                                     &d.keywords, &d.summary, &d.body,   &d.published_on};
      for (int i = 0; i < 8; ++i) {
        sqlite3_bind_text(statement, i + 1, fields[i]->data(), static_cast<int>(fields[i]->size()),
                          SQLITE_STATIC);
      }
      if (sqlite3_step(statement) != SQLITE_DONE) {
        sqlite3_finalize(statement);
        return core::Error::Unavailable(std::string("SQLite 出错：") + sqlite3_errmsg(db_));
      }
      sqlite3_reset(statement);
    }
    sqlite3_finalize(statement);
    return Exec("COMMIT");
  }

  core::Status Prepare(const std::string& sql) {
    sqlite3_finalize(statement_);
    statement_ = nullptr;
    if (sqlite3_prepare_v2(db_, sql.c_str(), -1, &statement_, nullptr) != SQLITE_OK) {
      return core::Error::Unavailable(std::string("SQLite 出错：") + sqlite3_errmsg(db_));
    }
    return core::Ok();
  }

  // Steps the prepared statement (parameters bound by the caller) and collects column 0. A
  // query the engine rejects gives no results, as it would in a search box.
  std::vector<std::string> Collect() {
    std::vector<std::string> ids;
    while (sqlite3_step(statement_) == SQLITE_ROW) {
      ids.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(statement_, 0)));
    }
    sqlite3_reset(statement_);
    return ids;
  }

  sqlite3* db_ = nullptr;
  sqlite3_stmt* statement_ = nullptr;
};

class Fts5Engine final : public SqliteEngine {
 public:
  std::string_view name() const override { return "fts5-trigram"; }

  core::Status Build(const std::vector<SearchDocument>& documents, const std::string& database) {
    GONGKAI_TRY(Open(database));
    GONGKAI_TRY(
        Exec("CREATE VIRTUAL TABLE docs USING fts5(index_no UNINDEXED, title, doc_no, agency, "
             "keywords, summary, body, published_on UNINDEXED, tokenize='trigram')"));
    GONGKAI_TRY(Load(documents, "INSERT INTO docs VALUES (?,?,?,?,?,?,?,?)"));
    return Prepare(
        "SELECT index_no FROM docs WHERE docs MATCH ?1 "
        "ORDER BY bm25(docs, 0, 5.0, 5.0, 2.0, 3.0, 2.0, 1.0) LIMIT ?2");
  }

  core::Result<std::vector<std::string>> Rank(const std::string& query, size_t limit) override {
    std::string match;
    for (const std::string& word : Words(query)) {
      std::string quoted = "\"";
      for (const char c : word) {
        quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
      }
      match += (match.empty() ? "" : " ") + quoted + "\"";
    }
    if (match.empty()) {
      return std::vector<std::string>{};
    }
    sqlite3_bind_text(statement_, 1, match.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_int64(statement_, 2, static_cast<sqlite3_int64>(limit));
    return Collect();
  }
};

class LikeEngine final : public SqliteEngine {
 public:
  std::string_view name() const override { return "like-scan"; }

  core::Status Build(const std::vector<SearchDocument>& documents) {
    GONGKAI_TRY(Open(":memory:"));
    GONGKAI_TRY(
        Exec("CREATE TABLE docs(index_no, title, doc_no, agency, keywords, summary, body, "
             "published_on)"));
    return Load(documents, "INSERT INTO docs VALUES (?,?,?,?,?,?,?,?)");
  }

  core::Result<std::vector<std::string>> Rank(const std::string& query, size_t limit) override {
    const std::vector<std::string> words = Words(query);
    if (words.empty()) {
      return std::vector<std::string>{};
    }
    std::string where;
    std::string in_title;
    for (size_t i = 0; i < words.size(); ++i) {
      const std::string parameter = "?" + std::to_string(i + 1);
      where += (i == 0 ? "" : " AND ") +
               ("(title || doc_no || agency || keywords || summary || body) LIKE " + parameter +
                " ESCAPE '\\'");
      in_title += (i == 0 ? "" : " AND ") + ("title LIKE " + parameter + " ESCAPE '\\'");
    }
    GONGKAI_TRY(Prepare("SELECT index_no FROM docs WHERE " + where + " ORDER BY (" + in_title +
                        ") DESC, published_on DESC LIMIT " + std::to_string(limit)));
    for (size_t i = 0; i < words.size(); ++i) {
      std::string pattern = "%";
      for (const char c : words[i]) {
        if (c == '%' || c == '_' || c == '\\') {
          pattern += '\\';
        }
        pattern += c;
      }
      pattern += "%";
      sqlite3_bind_text(statement_, static_cast<int>(i + 1), pattern.c_str(), -1, SQLITE_TRANSIENT);
    }
    return Collect();
  }
};

}  // namespace

core::Result<std::unique_ptr<RankingEngine>> MakeGongkaiEngine(
    std::vector<SearchDocument> documents) {
  GONGKAI_ASSIGN_OR_RETURN(MemoryIndex index, MemoryIndex::Create());
  for (SearchDocument& document : documents) {
    GONGKAI_TRY(index.Add(std::move(document)));
  }
  GONGKAI_ASSIGN_OR_RETURN(Searcher searcher, Searcher::Create());
  return std::unique_ptr<RankingEngine>(
      std::make_unique<GongkaiEngine>(std::move(index), std::move(searcher)));
}

core::Result<std::unique_ptr<RankingEngine>> MakeFts5TrigramEngine(
    const std::vector<SearchDocument>& documents, const std::string& database) {
  auto engine = std::make_unique<Fts5Engine>();
  GONGKAI_TRY(engine->Build(documents, database));
  return std::unique_ptr<RankingEngine>(std::move(engine));
}

core::Result<std::unique_ptr<RankingEngine>> MakeLikeScanEngine(
    const std::vector<SearchDocument>& documents) {
  auto engine = std::make_unique<LikeEngine>();
  GONGKAI_TRY(engine->Build(documents));
  return std::unique_ptr<RankingEngine>(std::move(engine));
}

}  // namespace gongkai::search
