// The local page without JavaScript already works (form post, sort links, self-refresh while
// reviews run). This adds: drop files anywhere on the drop zone, the chosen names listed, one
// submit only, and live progress from the server's event stream.
"use strict";
(function () {
  const form = document.getElementById("upload");
  if (form) {
    const zone = document.getElementById("drop");
    const input = document.getElementById("files");
    const chosen = document.getElementById("chosen");
    const list = () => {
      chosen.replaceChildren(...[...input.files].map((f) => {
        const li = document.createElement("li");
        li.textContent = `${f.name} (${Math.max(1, Math.round(f.size / 1024))} KB)`;
        return li;
      }));
    };
    input.addEventListener("change", list);
    ["dragenter", "dragover"].forEach((type) => zone.addEventListener(type, (e) => {
      e.preventDefault();
      zone.classList.add("over");
    }));
    ["dragleave", "drop"].forEach((type) => zone.addEventListener(type, () => zone.classList.remove("over")));
    zone.addEventListener("drop", (e) => {
      e.preventDefault();
      if (e.dataTransfer && e.dataTransfer.files.length) {
        input.files = e.dataTransfer.files;
        list();
      }
    });
    form.addEventListener("submit", () => {
      const button = document.getElementById("submit");
      // Disabled after this event, so the button's value is still posted and a second click is not.
      setTimeout(() => { button.disabled = true; }, 0);
    });
  }

  const job = document.getElementById("job");
  if (job && job.dataset.finished === "false" && window.EventSource) {
    const source = new EventSource(`/jobs/${job.dataset.job}/events`);
    const progress = document.getElementById("progress");
    source.onmessage = (event) => {
      const status = JSON.parse(event.data);
      progress.querySelector("progress").value = status.done;
      progress.dataset.done = status.done;
      const text = progress.querySelector("span");
      text.textContent = text.dataset.template.replace("{done}", status.done).replace("{total}", status.total);
      for (const doc of status.documents) {
        const row = document.querySelector(`tr[data-n="${doc.n}"]`);
        if (!row || row.dataset.state === doc.state && doc.state !== "reviewing") continue;
        row.dataset.state = doc.state;
        const cell = row.querySelector("td.state");
        const judged = doc.to_judge ? ` · ${doc.judged}/${doc.to_judge}` : "";
        cell.textContent = (cell.dataset[doc.state] || doc.state) + (doc.state === "reviewing" ? judged : "");
      }
    };
    source.addEventListener("done", () => {
      source.close();
      window.location.reload(); // a GET: the finished table, scores and downloads
    });
    source.addEventListener("gone", () => source.close());
  }
})();
