//! Evaluates the 1,000 peer requests (../shared/peers/requests.json) N times,
//! for profiling: `cargo build --release --example peers`, then
//! `valgrind --tool=callgrind --toggle-collect=dengtong::evaluate target/release/examples/peers 1`
//! (`… peers 1 enc` also encodes each report for the crossing: `--toggle-collect=peers::encode`;
//! `DUMP=file … peers` writes every report as JSON, one a line, checked against the crossing).
fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(1);
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/peers/requests.json");
    let text = std::fs::read_to_string(path).unwrap();
    let all: Vec<serde_json::Value> = serde_json::from_str(&text).unwrap();
    let reqs: Vec<dengtong::Request> = all
        .iter()
        .filter_map(|r| dengtong::parse_request(&r.to_string()).ok())
        .collect();
    let today = dengtong::Date::ymd(2024, 5, 1);
    if let Ok(out) = std::env::var("DUMP") {
        let mut all = String::new();
        let mut enc = dengtong::crossing::Encoder::new();
        let mut dec = dengtong::crossing::Decoder::default();
        for r in &reqs {
            let rep = dengtong::evaluate(r, today);
            let j = serde_json::to_string(&rep).unwrap();
            let e = enc.encode(&rep).unwrap();
            let back = dec.decode(&e);
            assert_eq!(back, j);
            all.push_str(&j);
            all.push('\n');
        }
        std::fs::write(out, all).unwrap();
        return;
    }
    let t = std::time::Instant::now();
    let mut k = 0usize;
    let enc_mode = std::env::args().nth(2).is_some();
    let mut enc = dengtong::crossing::Encoder::new();
    for _ in 0..n {
        for r in &reqs {
            let rep = dengtong::evaluate(std::hint::black_box(r), today);
            k += rep.clauses.0.len();
            if enc_mode {
                k += encode(&mut enc, &rep);
            }
            std::hint::black_box(rep);
        }
    }
    let e = t.elapsed();
    eprintln!(
        "{} evals, {:.3} µs/eval ({k})",
        n * reqs.len(),
        e.as_secs_f64() * 1e6 / (n * reqs.len()) as f64
    );
}

#[inline(never)]
fn encode(enc: &mut dengtong::crossing::Encoder, rep: &dengtong::Report) -> usize {
    let e = enc.encode(rep).unwrap();
    e.words.len()
}
